import { DOMParser } from '@xmldom/xmldom';
import { FormatError } from './format-error.ts';

/**
 * An XML text (KML, GPX) as a DOM document, the same in the browser, the worker and Node.
 * A document type declaration with entities is refused before parsing: KML and GPX never need
 * one, and entity expansion is how a few hundred bytes become gigabytes ("billion laughs").
 */
export function parseXml(text: string, fileName: string): Document {
  if (/<!DOCTYPE[^>]*\[/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new FormatError(
      'xml-entities',
      `${fileName}: the XML declares entities (<!ENTITY>), which KML and GPX never need; refused, as entity expansion can exhaust memory`,
    );
  }
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  });
  let document: Document;
  try {
    document = parser.parseFromString(text, 'text/xml') as unknown as Document;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
    document = undefined as unknown as Document;
  }
  if (errors.length > 0 || !document?.documentElement) {
    const first = (errors[0] ?? 'no root element').split('\n')[0];
    throw new FormatError('syntax', `${fileName}: not well-formed XML: ${first}`);
  }
  return document;
}
