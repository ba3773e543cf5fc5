import { describe, expect, it } from 'vitest';
import { ti } from '../../src/core/i18n/importMessages.ts';
import { tt } from '../../src/core/i18n/importTargetMessages.ts';

// As ImportConfirm writes it: "<count> <features> <read and checked…>".
const readyLine = (lang: 'vi' | 'en', count: number) =>
  `${count} ${ti(lang, count === 1 ? 'featureOne' : 'featureMany')} ${tt(lang, 'importReady')}`;

describe('the line before an import lands', () => {
  it('names the features once, in both languages', () => {
    expect(readyLine('vi', 2)).toMatch(/^2 đối tượng đã được đọc/);
    expect(readyLine('vi', 2)).not.toMatch(/đối tượng đối tượng/);
    expect(readyLine('en', 2)).toMatch(/^2 features read and checked/);
  });
});
