import { describe, expect, it } from 'vitest';
import { codedValueText } from '../../src/core/format/codedText.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import { DATE_FORM, dateText, parseDateText } from '../../src/core/schema-form/dateText.ts';
import { formFields } from '../../src/core/schema-form/formFields.ts';
import { parseFieldValue } from '../../src/core/schema-form/parseFieldValue.ts';
import { fieldText } from '../../src/ui/editor/formValues.ts';

const validFrom = formFields(getLayer('ring-road-5')!).find((f) => f.name === 'valid_from')!;

describe('a date typed in the property form', () => {
  it.each([
    ['5/3/2024', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['5.3.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    [' 29/2/2024 ', '2024-02-29'],
  ])('reads “%s” day first and stores %s', (typed, iso) => {
    expect(parseFieldValue(validFrom, typed)).toEqual({ ok: true, value: iso });
  });

  it('refuses a day the month does not have, saying so', () => {
    const parsed = parseFieldValue(validFrom, '29/2/2023');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message.vi).toBe('“29/2/2023”: tháng 2/2023 không có ngày 29');
    expect(parseDateText('31/4/2024').ok).toBe(false);
  });

  it('refuses what is not a date, naming the form its placeholder shows', () => {
    for (const typed of ['5/13/2024', 'mùng 5 tháng 3', '2024/03']) {
      const parsed = parseFieldValue(validFrom, typed);
      expect(parsed.ok, typed).toBe(false);
      expect(!parsed.ok && parsed.message.vi).toContain(DATE_FORM.vi);
      expect(!parsed.ok && parsed.message.en).toContain(DATE_FORM.en);
    }
  });
});

describe('a stored date shown to a planner', () => {
  it('is dd/mm/yyyy in Vietnamese and ISO in English, in the form and the inspector', () => {
    expect(dateText('2024-03-05', 'vi')).toBe('05/03/2024');
    expect(fieldText(validFrom, '2024-03-05', 'vi')).toBe('05/03/2024');
    expect(fieldText(validFrom, '2024-03-05', 'en')).toBe('2024-03-05');
    expect(codedValueText('2024-03-05', 'vi')).toBe('05/03/2024');
    expect(codedValueText('2024-03-05', 'en')).toBe('2024-03-05');
  });

  it('reads back to the date it was', () => {
    const shown = fieldText(validFrom, '2014-04-18', 'vi');
    expect(parseFieldValue(validFrom, shown)).toEqual({ ok: true, value: '2014-04-18' });
  });
});
