import type { ValidateOptions, ValidationResult } from './types.ts';
import { validateAndParse } from './validate.ts';

/**
 * What `validate`, the app's import and `analyze` say of the inputs they used to disagree on.
 * One policy, so a file `validate` passes is a file `analyze` reads, and the other way round:
 *
 * - `byteOrderMark`: a UTF-8 BOM is a warning. RFC 8259 §8.1 forbids writing one but lets
 *   parsers ignore it, and Excel and Notepad add it; it is stripped.
 * - `bareGeometry`: a document that is a geometry, not a Feature, is accepted (RFC 7946 §2: a
 *   GeoJSON text is any GeoJSON object) and read as one feature with empty properties; only a
 *   bundled layer file must be a FeatureCollection.
 * - `longPositions`: positions of four or more numbers are a warning (RFC 7946 §3.1.1 says
 *   SHOULD NOT, and parsers may ignore the extra numbers); the extra numbers are ignored.
 * - Any error refuses the input.
 */
export const ACCEPTANCE_POLICY = {
  byteOrderMark: 'warning',
  bareGeometry: 'accepted',
  longPositions: 'warning',
} as const;

/** A GeoJSON input read under {@link ACCEPTANCE_POLICY}. */
export type InputVerdict =
  | { accepted: true; result: ValidationResult; features: GeoJSON.Feature[] }
  | { accepted: false; result: ValidationResult };

/**
 * Validates a GeoJSON text and, when it has no errors, returns its features: a
 * FeatureCollection's, a lone Feature, or a bare geometry wrapped as a feature. For `analyze`
 * and any other reader that must accept exactly what `giapranh validate` accepts (pass
 * `layer: null` for data of no bundled layer).
 */
export function readGeoJsonInput(text: string, options: ValidateOptions): InputVerdict {
  const { result, document } = validateAndParse(text, options);
  if (!result.ok) return { accepted: false, result };
  return { accepted: true, result, features: featuresOf(document as GeoJSON.GeoJSON) };
}

function featuresOf(document: GeoJSON.GeoJSON): GeoJSON.Feature[] {
  if (document.type === 'FeatureCollection') return document.features;
  if (document.type === 'Feature') return [document];
  return [{ type: 'Feature', properties: {}, geometry: document }];
}
