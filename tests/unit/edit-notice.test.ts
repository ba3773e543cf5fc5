import { describe, expect, it } from 'vitest';
import { editNoticeText } from '../../src/core/i18n/editNoticeMessages.ts';

describe('the editor’s status line', () => {
  it('names the feature saved or deleted, in both languages', () => {
    expect(editNoticeText('vi', 'saved', 'KCN Quang Minh')).toBe(
      'Đã lưu thuộc tính của “KCN Quang Minh”.',
    );
    expect(editNoticeText('en', 'deleted', 'Quang Minh IZ')).toBe('Deleted “Quang Minh IZ”.');
  });

  it('says a saved feature still lacks required fields', () => {
    expect(editNoticeText('vi', 'savedIncomplete', 'KCN')).toMatch(
      /^Đã lưu .*còn thiếu trường bắt buộc/,
    );
    expect(editNoticeText('en', 'savedIncomplete', 'IZ')).toMatch(
      /required fields are still empty/,
    );
  });
});
