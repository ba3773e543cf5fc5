import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';

/**
 * `error` makes a file invalid; `warning` is worth fixing but the file still loads and draws
 * correctly (e.g. RFC 7946 winding, which parsers must not reject).
 */
export type Severity = 'error' | 'warning';

/** One problem in one file, in plain words, with where to find it. */
export interface Finding {
  severity: Severity;
  /** Stable machine-readable kind, e.g. `ring-not-closed`; the message is for people. */
  code: string;
  /** The file as the caller named it. */
  file: string;
  /**
   * JSON path of the value, e.g. `features[12].geometry.coordinates[0][3]`; `''` for the
   * whole document.
   */
  path: string;
  message: string;
  /**
   * The rule broken, e.g. `RFC 7946 §3.1.6` or `OGC 06-103r4 §6.1.11.1`; absent for the
   * project's own rules (layer schemas, the region).
   */
  rule?: string;
  /** Index in `features`, when the finding belongs to one feature. */
  featureIndex?: number;
  /** That feature's top-level `id`, when it has one. */
  featureId?: string | number;
  /**
   * 1-based place of the value in the file (of its nearest written ancestor when the value is
   * missing); absent when the document was validated as an object, without its text.
   */
  line?: number;
  column?: number;
}

export interface ValidateOptions {
  /** Shown in findings, and used to recognise a bundled layer (`industrial-zones.geojson`). */
  fileName: string;
  /**
   * The layer whose schema the features must follow. `undefined` looks it up from
   * `fileName`; `null` checks no schema (an import of unknown data).
   */
  layer?: LayerDef | null;
  /** Findings kept per file; the rest are only counted. Default {@link DEFAULT_MAX_FINDINGS}. */
  maxFindings?: number;
  /**
   * `giap-ranh` (default): coordinates far outside the border region are errors, with a hint
   * that they look swapped or projected. `none`: any place on Earth is fine, and the same
   * signs are only hints, so a colleague's file of another province can be checked for plain
   * RFC 7946 validity.
   */
  region?: RegionMode;
  /** The language of the findings' messages (default `en`). */
  lang?: Lang;
  /**
   * Receives the result's `findings`, in their order, each once, as soon as their place in it
   * is sure: a large file read feature by feature sends its errors as each feature is checked
   * (its warnings, which errors may still crowd out, at the end); the rest are sent before
   * {@link validateBytes} returns. Only `validateBytes` sends early.
   */
  onFindings?: (findings: Finding[]) => void;
  /**
   * Count the findings by code, kept or not, in the result's `countsByCode` (an import's report
   * says "and 99,950 more like this"). Only `validateText` and `validateObject` count.
   */
  countByCode?: boolean;
}

export type RegionMode = 'giap-ranh' | 'none';

export interface ValidationResult {
  file: string;
  /** No errors (warnings allowed). */
  ok: boolean;
  /** Features in the document: a FeatureCollection's length, 1 for a lone Feature. */
  featureCount: number;
  /** At most `maxFindings`, in document order within each kind of check. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Findings counted but not kept because of the cap. */
  omittedCount: number;
  /** Findings by code, kept or not, when the options asked for them (`countByCode`). */
  countsByCode?: Readonly<Record<string, number>>;
  /**
   * Every top-level feature id by its text (`1` and `"1"` are one id), with the index of the
   * feature that first used it.
   */
  ids: ReadonlyMap<string | number, number>;
}

/** Enough for any real mistake; a wholly broken 46 MB file must not print millions of lines. */
export const DEFAULT_MAX_FINDINGS = 1000;
