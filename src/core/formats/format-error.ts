/** Why a file was refused, as a stable code for the UI and tests. */
export type FormatErrorCode =
  | 'unsupported-format'
  | 'syntax'
  | 'archive-too-large'
  | 'archive-invalid'
  | 'archive-no-shp'
  | 'xml-entities'
  | 'unknown-projection'
  | 'no-coordinates'
  | 'unsupported-geometry'
  | 'file-too-large';

/**
 * A file refused whole: `message` says what and where (file, entry, row), in English, for the
 * CLI and for the import report under the translated headline of its `code`.
 */
export class FormatError extends Error {
  readonly code: FormatErrorCode;

  constructor(code: FormatErrorCode, message: string) {
    super(message);
    this.name = 'FormatError';
    this.code = code;
  }
}
