import type { Lang } from './messages.ts';

/**
 * The few editor strings the app needs before the editor loads: the Edit tab and the
 * workspace's notices (the rest is in `editorMessages.ts`, loaded with the editor).
 */
export const WORKSPACE_MESSAGES = {
  tabEdit: { vi: 'Chỉnh sửa', en: 'Edit' },
  workspaceReadOnly: {
    vi: 'Không gian làm việc đang mở ở một thẻ khác: thẻ này chỉ xem và đi theo các thay đổi ở thẻ kia.',
    en: 'The workspace is open in another tab: this tab is read-only and follows that tab’s changes.',
  },
  workspaceUnavailable: {
    vi: 'Trình duyệt không cho lưu (IndexedDB không dùng được): thay đổi sẽ mất khi đóng thẻ.',
    en: 'The browser offers no storage (IndexedDB unavailable): changes are lost when the tab closes.',
  },
  workspaceFull: {
    vi: 'Bộ nhớ trình duyệt đã đầy: thay đổi mới chưa được lưu. Hãy tải tệp thay đổi.',
    en: 'Browser storage is full: new changes are not saved. Download the changeset.',
  },
  workspaceUnreadable: {
    vi: 'Không đọc được không gian làm việc đã lưu; ứng dụng mở dữ liệu gốc và không xóa gì.',
    en: 'The stored workspace could not be read; the app opened the bundled data and deleted nothing.',
  },
  importReadOnly: {
    vi: 'Không nhập tệp được ở thẻ này: không gian làm việc đang mở ở một thẻ khác, chỉ thẻ đó được thay đổi dữ liệu.',
    en: 'Files cannot be imported in this tab: the workspace is open in another tab, and only that tab can change it.',
  },
  discardWorkspace: { vi: 'Xóa không gian làm việc đã lưu', en: 'Discard stored workspace' },
  discardWorkspaceConfirm: {
    vi: 'Xóa hẳn không gian làm việc đã lưu mà ứng dụng không đọc được? Các thay đổi trong đó sẽ mất.',
    en: 'Delete the stored workspace the app cannot read? The changes it holds will be lost.',
  },
  restored: { vi: 'Đã khôi phục thay đổi đã lưu', en: 'Restored saved changes' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WorkspaceMessageKey = keyof typeof WORKSPACE_MESSAGES;

/** A workspace string in the given language. */
export function tw(lang: Lang, key: WorkspaceMessageKey): string {
  return WORKSPACE_MESSAGES[key][lang];
}
