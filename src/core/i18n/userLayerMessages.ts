import type { Lang } from './messages.ts';

/** The words for planners' own layers (create, rename, delete), in both languages. */
export const USER_LAYER_MESSAGES = {
  newLayer: { vi: 'Lớp mới', en: 'New layer' },
  newLayerTitle: { vi: 'Tạo lớp của bạn', en: 'Create your own layer' },
  nameVi: { vi: 'Tên (tiếng Việt)', en: 'Name (Vietnamese)' },
  nameEn: { vi: 'Tên (tiếng Anh)', en: 'Name (English)' },
  geometryType: { vi: 'Loại hình học', en: 'Geometry' },
  point: { vi: 'Điểm', en: 'Points' },
  line: { vi: 'Đường', en: 'Lines' },
  polygon: { vi: 'Vùng', en: 'Polygons' },
  color: { vi: 'Màu', en: 'Colour' },
  fields: { vi: 'Trường thuộc tính', en: 'Fields' },
  addField: { vi: 'Thêm trường', en: 'Add field' },
  removeField: { vi: 'Bỏ trường', en: 'Remove field' },
  fieldName: { vi: 'Tên trường', en: 'Field name' },
  fieldType: { vi: 'Kiểu', en: 'Type' },
  text: { vi: 'Chữ', en: 'Text' },
  number: { vi: 'Số', en: 'Number' },
  yesNo: { vi: 'Có/không', en: 'Yes/no' },
  required: { vi: 'Bắt buộc', en: 'Required' },
  allowedValues: {
    vi: 'Giá trị cho phép (cách nhau bởi dấu phẩy)',
    en: 'Allowed values (comma-separated)',
  },
  create: { vi: 'Tạo lớp', en: 'Create layer' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  nameMissing: { vi: 'Hãy đặt tên cho lớp.', en: 'Give the layer a name.' },
  fieldNameBad: {
    vi: 'Tên trường chỉ gồm chữ không dấu, số và _, bắt đầu bằng chữ, không trùng nhau: ',
    en: 'Field names are letters, digits and _, start with a letter, and differ: ',
  },
  renameLayer: { vi: 'Đổi tên lớp', en: 'Rename layer' },
  deleteLayer: { vi: 'Xóa lớp', en: 'Delete layer' },
  confirmDelete: {
    vi: 'Xóa lớp “{name}” và {count} đối tượng của nó? (Có thể hoàn tác.)',
    en: 'Delete the layer “{name}” and its {count} features? (Undo brings it back.)',
  },
  save: { vi: 'Lưu', en: 'Save' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UserLayerMessageKey = keyof typeof USER_LAYER_MESSAGES;

/** A user-layer string in the given language, `{name}` placeholders filled. */
export function tu(
  lang: Lang,
  key: UserLayerMessageKey,
  values: Record<string, string | number> = {},
): string {
  return USER_LAYER_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}
