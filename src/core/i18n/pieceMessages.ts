import type { Lang } from './messages.ts';

/** The words for editing one ring or part of a feature (holes, Multi* parts), both languages. */
export const PIECE_MESSAGES = {
  piece: { vi: 'Phần đang sửa', en: 'Part being edited' },
  outline: { vi: 'Đường bao', en: 'Outline' },
  hole: { vi: 'Lỗ', en: 'Hole' },
  part: { vi: 'Phần', en: 'Part' },
  line: { vi: 'Đường', en: 'Line' },
  addHole: { vi: 'Thêm lỗ', en: 'Add hole' },
  addingHole: {
    vi: 'Vẽ lỗ bên trong vùng đang chọn; Esc để hủy.',
    en: 'Draw the hole inside the selected zone; Esc cancels.',
  },
  holeOutside: {
    vi: 'Lỗ phải nằm trong đường bao của vùng: không thêm gì.',
    en: 'A hole must start inside the zone’s outline: nothing was added.',
  },
  deletePiece: { vi: 'Xóa lỗ hoặc phần này', en: 'Delete this hole or part' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PieceMessageKey = keyof typeof PIECE_MESSAGES;

/** A piece-editing string in the given language. */
export function tp(lang: Lang, key: PieceMessageKey): string {
  return PIECE_MESSAGES[key][lang];
}
