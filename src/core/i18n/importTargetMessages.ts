import type { ValueKind } from '../import/file-shape.ts';
import type { Incompatibility } from '../import/target-compatibility.ts';
import type { GeometryKind } from '../layers/types.ts';
import { ti } from './importMessages.ts';
import type { Lang } from './messages.ts';

/** The strings of choosing where an import lands, before it lands. */
export const IMPORT_TARGET_MESSAGES = {
  importReady: {
    vi: 'đã được đọc và kiểm tra; chưa thêm gì vào các lớp. Chọn lớp để nhập vào:',
    en: 'read and checked; nothing has landed yet. Choose the layer to import into:',
  },
  importInto: { vi: 'Nhập vào', en: 'Import into' },
  importConfirm: { vi: 'Nhập', en: 'Import' },
  importDiscard: { vi: 'Không nhập', en: 'Do not import' },
  importDiscarded: {
    vi: 'Tệp này không được nhập: không đối tượng nào của tệp được thêm vào các lớp.',
    en: 'This file was not imported: nothing of it landed in the layers.',
  },
  importDeclined: { vi: 'bạn đã chọn không nhập', en: 'you chose not to import it' },
  importEarlierInto: { vi: 'vào', en: 'into' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportTargetMessageKey = keyof typeof IMPORT_TARGET_MESSAGES;

/** A string of the import's target choice in the given language. */
export function tt(lang: Lang, key: ImportTargetMessageKey): string {
  return IMPORT_TARGET_MESSAGES[key][lang];
}

/** "New layer «Tuyến đê»", the default target of a dropped or pasted file. */
export function newLayerNamed(lang: Lang, name: string): string {
  return `${ti(lang, 'importNewLayer')} «${name}»`;
}

const KIND_WORD = {
  Point: 'kindPoints',
  MultiPoint: 'kindPoints',
  LineString: 'kindLines',
  MultiLineString: 'kindLines',
  Polygon: 'kindPolygons',
  MultiPolygon: 'kindPolygons',
} as const satisfies Record<GeometryKind, string>;

function kindWords(lang: Lang, kinds: readonly GeometryKind[]): string {
  const words = new Set(kinds.map((kind) => ti(lang, KIND_WORD[kind])));
  return [...words].join(lang === 'vi' ? ' và ' : ' and ');
}

const VALUE_WORDS: Record<ValueKind, Record<Lang, string>> = {
  string: { vi: 'chuỗi', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  'string[]': { vi: 'danh sách chuỗi', en: 'a list of texts' },
  other: { vi: 'giá trị khác', en: 'other values' },
};

/** Why a layer is not offered as the target, in a few words beside its name. */
export function incompatibilityText(lang: Lang, why: Incompatibility): string {
  if (why.reason === 'read-only') return lang === 'vi' ? 'chỉ đọc' : 'read-only';
  if (why.reason === 'geometry') {
    const holds = kindWords(lang, why.layerKinds);
    const has = kindWords(lang, why.foreignKinds);
    return lang === 'vi'
      ? `lớp chứa ${holds}; tệp có ${has}`
      : `holds ${holds}; the file has ${has}`;
  }
  const expected = VALUE_WORDS[why.expected][lang];
  const found = VALUE_WORDS[why.found][lang];
  return lang === 'vi'
    ? `“${why.key}” phải là ${expected}; tệp có ${found}`
    : `“${why.key}” must be ${expected}; the file has ${found}`;
}
