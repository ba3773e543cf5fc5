export { detectFormat, IMPORT_EXTENSIONS } from './detect-format.ts';
export { FormatError, type FormatErrorCode } from './format-error.ts';
export { parseFile } from './parse-file.ts';
export { EXPORT_EXTENSION, EXPORT_MIME, exportFormatOf, serializeFile } from './serialize-file.ts';
export type * from './types.ts';
