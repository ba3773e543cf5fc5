/** The legacy Vietnamese encodings that files from older GIS and office tools still use. */
export type LegacyVietnamese = 'tcvn3' | 'vni' | 'windows-1258';

/** How a text inside a file was encoded (attribute text of a .dbf or a CSV). */
export type TextEncoding = 'utf-8' | LegacyVietnamese;
