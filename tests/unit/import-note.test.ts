import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../../src/core/i18n/importMessages.ts';
import { MESSAGES } from '../../src/core/i18n/messages.ts';

/** Every UI string of the app and the import, both languages. */
const ALL_TEXTS = [...Object.values(MESSAGES), ...Object.values(IMPORT_MESSAGES)].flatMap(
  (message) => [message.vi, message.en],
);

describe('the import report', () => {
  it('no longer says imports are lost on reload: they are saved in the workspace', () => {
    const sessionOnly = /session only|gone on reload|chỉ giữ trong phiên|mất khi tải lại/i;
    expect(ALL_TEXTS.filter((text) => sessionOnly.test(text))).toEqual([]);
    expect(MESSAGES.importSavedNote.en).toMatch(/saved in this browser’s workspace/);
    expect(MESSAGES.importSavedNote.vi).toMatch(/lưu trong không gian làm việc/);
  });
});
