import type { Lang } from '../i18n/messages.ts';
import { findJsonSyntaxErrorInBytes } from '../json/find-syntax-error.ts';
import type { PathSegment } from '../json/json-path.ts';
import type { LineColumn } from '../json/line-column.ts';
import { DEFAULT_MAX_DUPLICATES } from '../json/scan-json.ts';
import { layerForFileName } from '../layers/registry.ts';
import { positionDimensions } from './bbox-dimensions.ts';
import { notUtf8Finding } from './decode-bytes.ts';
import { checkDocument } from './document-check.ts';
import {
  type DuplicateCounts,
  isSevereDuplicate,
  type PlacedDuplicate,
  reportPlacedDuplicates,
} from './duplicate-keys.ts';
import { checkFeature, type DocumentContext } from './feature-check.ts';
import { type CollectionLayout, type FeatureSpan, findFeatureSpans } from './feature-spans.ts';
import { EarlyErrors, type FindingStream } from './finding-stream.ts';
import { withLeadingFindings } from './leading-findings.ts';
import { Reporter } from './reporter.ts';
import {
  type Piece,
  pathWithin,
  settleDrafts,
  shiftedPlace,
  wantedPaths,
} from './settle-drafts.ts';
import { bboxDimensionsMismatch, isObject, isWellFormedBbox } from './shape.ts';
import { locatePaths } from './text-locator.ts';
import { DEFAULT_MAX_FINDINGS, type ValidateOptions, type ValidationResult } from './types.ts';
import { UnknownProperties } from './unknown-properties.ts';

/** Bytes that are not UTF-8 are read as the whole-text path reads them: U+FFFD for bad bytes. */
const UTF8_LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Validates a FeatureCollection's bytes one feature at a time, so a file of hundreds of
 * megabytes is never one string or one parsed tree: the skeleton (the document with an empty
 * `features`) is checked first, then each feature's text is decoded, parsed, checked in the
 * collection's context (ids across features, the layer's unknown properties) and located on
 * its own, its findings placed and quoted before the next. The findings, counts and messages
 * are those {@link validateBytes} gives from the whole text.
 *
 * Bytes that are not UTF-8 get the same `encoding-not-utf8` error first and are read with
 * U+FFFD for the bad bytes, as the whole-text path reads them.
 *
 * With a `stream`, errors are sent as each feature is checked ({@link EarlyErrors}); the
 * features' syntax is then checked first, so that none of them is sent for a file that turns
 * out not to be JSON.
 *
 * Returns `undefined` when the bytes are anything but JSON of that layout (a syntax error, no
 * top-level `features` array, `features` named twice, a GeoJSON text sequence, whose skeleton
 * never parses): the caller then reads the file whole, which says exactly what is wrong.
 */
export function validateByFeature(
  bytes: Uint8Array,
  options: ValidateOptions,
  stream?: FindingStream,
): ValidationResult | undefined {
  const layout = findFeatureSpans(bytes);
  if (layout === undefined) return undefined;
  const skeleton = readSkeleton(bytes, layout);
  if (skeleton === undefined) return undefined;
  // Findings sent early must stand: a feature that is not JSON would make them the result's.
  if (stream && findJsonSyntaxErrorInBytes(bytes.subarray(layout.bodyStart))) return undefined;
  const lang = options.lang ?? 'en';
  const notUtf8 = layout.invalidUtf8 ? notUtf8Finding(bytes, options.fileName, lang) : undefined;
  const reporter = new Reporter(options.fileName, options.maxFindings);
  if (layout.bodyStart > 0) reporter.warning('byte-order-mark', '');
  const layer =
    options.layer === undefined ? (layerForFileName(options.fileName) ?? null) : options.layer;
  const context: DocumentContext = {
    reporter,
    layer,
    ids: new Map(),
    idSpellings: new Map(),
    unknownProperties: new UnknownProperties(),
    region: options.region ?? 'giap-ranh',
  };
  checkDocument(skeleton.document, context);
  const drafts = reporter.draftsSince({ errors: 0, warnings: 0 });
  const wanted = wantedPaths(drafts, { within: (path) => path });
  const bbox = new CollectionBbox(skeleton.document);
  if (bbox.bbox !== undefined) wanted.add('bbox');
  const skeletonPiece = skeleton.piece(wanted);
  if (hasDuplicateFeatures(skeletonPiece)) return undefined;
  settleDrafts(drafts, skeletonPiece, lang);
  if (notUtf8) stream?.send([notUtf8]);
  const early =
    stream && bbox.bbox === undefined ? new EarlyErrors(reporter, stream, lang) : undefined;
  early?.sendNew();
  const duplicates = new Duplicates(skeletonPiece, skeleton.closeAt);
  for (let i = 0; i < layout.features.length; i++) {
    const span = layout.features[i]!;
    const feature = checkOneFeature(bytes, span, i, context, duplicates, lang);
    if (feature === NOT_JSON) return undefined;
    bbox.add(feature, i, layout.features.length);
    early?.sendNew();
  }
  reporter.enterFeature(undefined, undefined);
  bbox.report(reporter, skeletonPiece, lang);
  if (layer !== null) context.unknownProperties.report(layer, reporter);
  duplicates.report(reporter);
  const result: ValidationResult = {
    file: reporter.file,
    ok: reporter.errorCount === 0,
    featureCount: layout.features.length,
    findings: reporter.render(lang),
    errorCount: reporter.errorCount,
    warningCount: reporter.warningCount,
    omittedCount: reporter.omittedCount,
    ids: context.ids,
  };
  if (notUtf8 === undefined) return result;
  return withLeadingFindings(result, [notUtf8], options.maxFindings ?? DEFAULT_MAX_FINDINGS);
}

const NOT_JSON = Symbol('not JSON');

/** Checks the feature at `span` as element `index`: its value, or {@link NOT_JSON}. */
function checkOneFeature(
  bytes: Uint8Array,
  span: FeatureSpan,
  index: number,
  context: DocumentContext,
  duplicates: Duplicates,
  lang: Lang,
): unknown {
  let text: string;
  let feature: unknown;
  try {
    text = UTF8_LENIENT.decode(bytes.subarray(span.start, span.end));
    feature = JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
  const { reporter, unknownProperties } = context;
  const mark = reporter.mark();
  const prefix = `features[${index}]`;
  checkFeature(feature, index, prefix, context);
  const drafts = reporter.draftsSince(mark);
  const within = (path: string) => pathWithin(path, prefix);
  const wanted = wantedPaths(drafts, { within });
  for (const path of unknownProperties.unplacedPaths()) wanted.add(within(path) ?? '');
  const locator = locatePaths(text, wanted, duplicates.room(), (objectPath, key) =>
    isSevereDuplicate(['features', index, ...objectPath], key),
  );
  const piece: Piece = { locator, within, toFile: (place) => shiftedPlace(span, place) };
  settleDrafts(drafts, piece, lang);
  unknownProperties.placeNew((path) => {
    const inner = within(path);
    const place = inner === undefined ? undefined : locator.place(inner);
    return place === undefined ? undefined : piece.toFile(place);
  });
  duplicates.addFeature(piece, ['features', index]);
  return feature;
}

/**
 * RFC 7946 §5 sizes a collection's `bbox` by the dimensions of all its positions, known only
 * after the last feature; its finding then goes where the whole-text check puts it, first
 * among the errors (nothing before `bbox` in {@link checkDocument} makes one).
 */
class CollectionBbox {
  readonly bbox: number[] | undefined;
  private dimensions: { min: number; max: number } | undefined;
  private featuresIsPosition = false;

  constructor(skeleton: Record<string, unknown>) {
    this.bbox = isWellFormedBbox(skeleton.bbox) ? skeleton.bbox : undefined;
    if (this.bbox !== undefined) this.dimensions = positionDimensions(skeleton);
  }

  add(feature: unknown, index: number, count: number): void {
    if (this.bbox === undefined || this.featuresIsPosition) return;
    // `features: [105, 21]` is itself one position to the whole-text walk.
    this.featuresIsPosition = index === 0 && typeof feature === 'number';
    const more = this.featuresIsPosition
      ? { min: Math.min(count, 3), max: Math.min(count, 3) }
      : positionDimensions(feature);
    if (more === undefined) return;
    const { min, max } = this.dimensions ?? more;
    this.dimensions = { min: Math.min(min, more.min), max: Math.max(max, more.max) };
  }

  report(reporter: Reporter, skeleton: Piece, lang: Lang): void {
    if (this.bbox === undefined) return;
    const mismatch = bboxDimensionsMismatch(this.bbox, this.dimensions);
    if (mismatch === undefined) return;
    const draft = reporter.insertError(0, 'bbox-dimensions', 'bbox', mismatch);
    settleDrafts([draft], skeleton, lang);
  }
}

/** The skeleton's text and value, and how to read its places as the file's. */
interface Skeleton {
  document: Record<string, unknown>;
  /** Where the `]` of the emptied `features` is in the skeleton's text. */
  closeAt: number;
  piece(wanted: Set<string>): Piece;
}

/** The document with its features left out, when it parses to a FeatureCollection. */
function readSkeleton(bytes: Uint8Array, layout: CollectionLayout): Skeleton | undefined {
  let head: string;
  let text: string;
  let document: unknown;
  try {
    head = UTF8_LENIENT.decode(bytes.subarray(layout.bodyStart, layout.open + 1));
    text = head + UTF8_LENIENT.decode(bytes.subarray(layout.close));
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(document) || document.type !== 'FeatureCollection') return undefined;
  if (!Array.isArray(document.features) || document.features.length > 0) return undefined;
  const closeAt = head.length;
  const close = { line: layout.closeLine, column: layout.closeColumn };
  return {
    document,
    closeAt,
    piece(wanted) {
      const locator = locatePaths(text, wanted);
      const atClose = placeOf(text, closeAt);
      const toFile = (place: LineColumn) =>
        isBefore(place, atClose) ? place : shiftedFrom(atClose, close, place);
      return { locator, within: (path) => path, toFile };
    },
  };
}

/** Line and column of an offset of a short text (the skeleton). */
function placeOf(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isBefore(a: LineColumn, b: LineColumn): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** `place`, at or after `from` in the skeleton, as a place in the file where `from` is `to`. */
function shiftedFrom(from: LineColumn, to: LineColumn, place: LineColumn): LineColumn {
  if (place.line === from.line)
    return { line: to.line, column: to.column + place.column - from.column };
  return { line: to.line + place.line - from.line, column: place.column };
}

/**
 * A second top-level `features` (`JSON.parse` keeps the last, the split took the first), or
 * too many repeated names in the skeleton to tell.
 */
function hasDuplicateFeatures({ locator: { scan } }: Piece): boolean {
  if (scan.duplicateKeyCount > scan.duplicateKeys.length) return true;
  return scan.duplicateKeys.some(
    ({ objectPath, key }) => objectPath.length === 0 && key === 'features',
  );
}

/**
 * Repeated member names in text order across the pieces: the skeleton's before the features
 * array, the features', then the skeleton's after it; listed up to the same cap as one scan of
 * the whole text would, the rest counted.
 */
class Duplicates {
  private readonly before: PlacedDuplicate[] = [];
  private readonly after: PlacedDuplicate[] = [];
  private readonly features: PlacedDuplicate[] = [];
  private readonly counts: DuplicateCounts;

  constructor(skeleton: Piece, closeAt: number) {
    const { scan } = skeleton.locator;
    for (const duplicate of scan.duplicateKeys) {
      const list = duplicate.offset < closeAt ? this.before : this.after;
      list.push(placed(skeleton, duplicate, []));
    }
    this.counts = {
      duplicateKeyCount: scan.duplicateKeyCount,
      unlistedSevereCount: scan.unlistedSevereCount,
    };
  }

  /** How many more a feature may list. */
  room(): number {
    return Math.max(0, DEFAULT_MAX_DUPLICATES - this.before.length - this.features.length);
  }

  addFeature(piece: Piece, prefix: PathSegment[]): void {
    const { scan } = piece.locator;
    for (const duplicate of scan.duplicateKeys)
      this.features.push(placed(piece, duplicate, prefix));
    this.counts.duplicateKeyCount += scan.duplicateKeyCount;
    this.counts.unlistedSevereCount += scan.unlistedSevereCount;
  }

  report(reporter: Reporter): void {
    const room = this.room();
    const unlisted = this.after.slice(room);
    for (const { objectPath, key } of unlisted) {
      if (isSevereDuplicate(objectPath, key)) this.counts.unlistedSevereCount += 1;
    }
    const listed = [...this.before, ...this.features, ...this.after.slice(0, room)];
    reportPlacedDuplicates(listed, this.counts, reporter);
  }
}

function placed(
  piece: Piece,
  duplicate: Piece['locator']['scan']['duplicateKeys'][number],
  prefix: PathSegment[],
): PlacedDuplicate {
  const { locator, toFile } = piece;
  return {
    objectPath: [...prefix, ...duplicate.objectPath],
    key: duplicate.key,
    place: toFile(locator.lineColumn(duplicate.offset)),
    firstLine: toFile(locator.lineColumn(duplicate.firstOffset)).line,
  };
}
