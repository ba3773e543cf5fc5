/**
 * TrueType fonts whose glyph records all start at even offsets, so that pdf-lib's font subsets
 * draw every glyph.
 *
 * Why: `@pdf-lib/fontkit` (1.1.1, a fork that predates foliojs/fontkit#191) writes a subset's
 * `loca` table in the short format whenever the subset is small, and the short format stores each
 * offset halved. Recent Noto Sans builds (long `loca`, glyph records of odd length) then lose a
 * byte at every odd offset: poppler, FreeType and most print pipelines draw the wrong bytes as the
 * glyph, i.e. nothing for most letters ("Giáp Ranh" printed as "G"). Padding each glyph record to
 * an even length (the spec asks for aligned records anyway) makes the halving exact.
 */

const TABLE_RECORD_BYTES = 16;
/** Where the table records start: after sfntVersion, numTables and the three search fields. */
const TABLE_RECORDS_OFFSET = 12;
/** `head.indexToLocFormat`: 0 for short (halved uint16) offsets, 1 for uint32 offsets. */
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const HEAD_CHECKSUM_ADJUSTMENT = 8;
const MAXP_NUM_GLYPHS = 4;

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

/**
 * The font with each glyph record padded to an even length (a long `loca` pointing at them),
 * or the same bytes when every record already starts at an even offset or the font has no
 * TrueType outlines (a CFF font has no `glyf`).
 *
 * @throws Error when the file is not a TrueType font or its tables run past its end.
 */
export function withEvenGlyphOffsets(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTableRecords(font, view);
  const find = (tag: string) => tables.find((table) => table.tag === tag);
  const head = find('head');
  const loca = find('loca');
  const glyf = find('glyf');
  const maxp = find('maxp');
  if (!glyf || !loca) return font;
  if (!head || !maxp) throw new Error('the figure font has glyphs but no head or maxp table');
  const longOffsets = view.getInt16(head.offset + HEAD_INDEX_TO_LOC_FORMAT) === 1;
  const glyphCount = view.getUint16(maxp.offset + MAXP_NUM_GLYPHS);
  const offsets = Array.from({ length: glyphCount + 1 }, (_, index) =>
    longOffsets
      ? view.getUint32(loca.offset + index * 4)
      : view.getUint16(loca.offset + index * 2) * 2,
  );
  if (offsets.every((offset) => offset % 2 === 0)) return font;

  const paddedLengths = offsets.slice(1).map((end, index) => roundUpEven(end - offsets[index]!));
  const newGlyf = new Uint8Array(paddedLengths.reduce((sum, length) => sum + length, 0));
  const newLoca = new Uint8Array((glyphCount + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let index = 0; index < glyphCount; index++) {
    const start = glyf.offset + offsets[index]!;
    newGlyf.set(font.subarray(start, glyf.offset + offsets[index + 1]!), at);
    locaView.setUint32(index * 4, at);
    at += paddedLengths[index]!;
  }
  locaView.setUint32(glyphCount * 4, at);
  const newHead = font.slice(head.offset, head.offset + head.length);
  const headView = new DataView(newHead.buffer);
  headView.setInt16(HEAD_INDEX_TO_LOC_FORMAT, 1);
  headView.setUint32(HEAD_CHECKSUM_ADJUSTMENT, 0);
  const replaced = new Map([
    ['glyf', newGlyf],
    ['loca', newLoca],
    ['head', newHead],
  ]);
  return writeFont(
    font,
    tables.map((table) => ({
      tag: table.tag,
      data: replaced.get(table.tag) ?? font.subarray(table.offset, table.offset + table.length),
    })),
  );
}

function roundUpEven(length: number): number {
  return length + (length % 2);
}

function readTableRecords(font: Uint8Array, view: DataView): TableRecord[] {
  if (font.byteLength < TABLE_RECORDS_OFFSET) throw new Error('the figure font file is too short');
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) {
    if (version === 0x4f54544f) return []; // 'OTTO': CFF outlines, nothing to pad.
    throw new Error('the figure font is not a TrueType (.ttf) file');
  }
  const count = view.getUint16(4);
  const records = Array.from({ length: count }, (_, index) => {
    const at = TABLE_RECORDS_OFFSET + index * TABLE_RECORD_BYTES;
    return {
      tag: String.fromCharCode(...font.subarray(at, at + 4)),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
  for (const record of records) {
    if (record.offset + record.length > font.byteLength) {
      throw new Error(`the figure font's ${record.tag} table runs past the end of the file`);
    }
  }
  return records;
}

/** An sfnt file of the given tables (in the given order), each 4-byte aligned and checksummed. */
function writeFont(original: Uint8Array, tables: { tag: string; data: Uint8Array }[]) {
  const headerBytes = TABLE_RECORDS_OFFSET + tables.length * TABLE_RECORD_BYTES;
  const total = tables.reduce((sum, table) => sum + roundUp4(table.data.length), headerBytes);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  // sfntVersion, numTables and the binary search fields are unchanged: same number of tables.
  out.set(original.subarray(0, TABLE_RECORDS_OFFSET));
  let at = headerBytes;
  tables.forEach((table, index) => {
    const record = TABLE_RECORDS_OFFSET + index * TABLE_RECORD_BYTES;
    for (let char = 0; char < 4; char++) out[record + char] = table.tag.charCodeAt(char);
    out.set(table.data, at);
    view.setUint32(record + 4, checksum(out, at, table.data.length));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.data.length);
    at += roundUp4(table.data.length);
  });
  return out;
}

function roundUp4(length: number): number {
  return (length + 3) & ~3;
}

/** The sum of the table's big-endian uint32 words (zero padded), modulo 2^32. */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let at = offset; at < offset + roundUp4(length); at += 4) {
    sum = (sum + view.getUint32(at)) >>> 0;
  }
  return sum;
}
