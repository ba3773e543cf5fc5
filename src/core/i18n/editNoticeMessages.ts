import type { Lang } from './messages.ts';

/** What the last form save or delete did, as the editor's status line says it. */
export type EditNoticeKind = 'saved' | 'savedIncomplete' | 'deleted';

export const EDIT_NOTICE_MESSAGES = {
  saved: { vi: 'Đã lưu thuộc tính của “{name}”.', en: 'Saved the properties of “{name}”.' },
  savedIncomplete: {
    vi: 'Đã lưu thuộc tính của “{name}”; còn thiếu trường bắt buộc (đối tượng được đánh dấu chưa hợp lệ).',
    en: 'Saved the properties of “{name}”; required fields are still empty (the feature is marked invalid).',
  },
  deleted: { vi: 'Đã xóa “{name}”.', en: 'Deleted “{name}”.' },
} as const satisfies Record<EditNoticeKind, Record<Lang, string>>;

/** The status line's sentence for what happened to the named feature. */
export function editNoticeText(lang: Lang, kind: EditNoticeKind, name: string): string {
  return EDIT_NOTICE_MESSAGES[kind][lang].replace('{name}', name);
}
