import { describe, expect, it } from 'vitest';
import { getLayer, LAYERS } from '../../src/core/layers/registry.ts';
import { validateProperties } from '../../src/core/schema-form/validateProperties.ts';

const zones = getLayer('industrial-zones')!;
const valid = {
  name: 'KCN Quang Minh',
  name_en: 'Quang Minh IZ',
  source: 'test',
  accuracy: 'schematic',
  accuracy_m: 500,
};

const messageOf = (lang: 'vi' | 'en', properties: Record<string, unknown>, code: string) =>
  validateProperties(zones, { ...valid, ...properties }, lang).find(
    (problem) => problem.code === code,
  )?.message;

describe('the validator’s “expected form” and “HTML markup” findings, in each language', () => {
  it('say what form a date takes in the planner’s language, not the schema’s English words', () => {
    const vi = messageOf('vi', { valid_from: '2025-13-01' }, 'property-invalid');
    expect(vi).toBe(
      '"Hiệu lực từ" (valid_from) là "2025-13-01", không đúng dạng cần có: một ngày dạng NNNN-TT-NN, ví dụ 2025-07-01',
    );
    expect(vi).not.toContain('ISO date');
    const en = messageOf('en', { valid_until: '1/7/2025' }, 'property-invalid');
    expect(en).toBe(
      '"Valid until" (valid_until) is "1/7/2025", which is not in the expected form: a date as YYYY-MM-DD, e.g. 2025-07-01',
    );
  });

  it('name the property holding markup by its label in each language', () => {
    expect(messageOf('vi', { notes: 'xem <b>đây</b>' }, 'property-html')).toMatch(
      /^"Ghi chú" \(notes\) chứa mã HTML \("<b>"\)/,
    );
    expect(messageOf('en', { notes: 'see <b>here</b>' }, 'property-html')).toMatch(
      /^"Notes" \(notes\) contains HTML markup \("<b>"\)/,
    );
  });

  it('have a vi and en form for every pattern the registry checks', () => {
    const patterned = LAYERS.flatMap((layer) =>
      Object.entries(layer.properties).filter(([, rule]) => rule.pattern !== undefined),
    );
    expect(patterned.length).toBeGreaterThan(0);
    for (const [name, rule] of patterned) {
      expect(rule.patternForm?.vi, name).toBeTruthy();
      expect(rule.patternForm?.en, name).toBeTruthy();
    }
  });
});
