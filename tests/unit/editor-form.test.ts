import { describe, expect, it } from 'vitest';
import { getLayer } from '../../src/core/layers/registry.ts';
import { formFields } from '../../src/core/schema-form/formFields.ts';
import { readForm } from '../../src/ui/editor/formValues.ts';

const fields = formFields(getLayer('industrial-zones')!);

describe('the property form', () => {
  it('refuses the whole form when one field is wrong, saying why at that field', () => {
    const result = readForm(fields, { name: 'KCN', accuracy_m: 'mười' }, [], 'en');
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['accuracy_m']);
    expect(!result.ok && result.errors.accuracy_m).toContain('not a number');
  });

  it('reads a Vietnamese decimal comma', () => {
    const result = readForm(fields, { accuracy_m: '12,5' }, [], 'vi');
    expect(result).toEqual({ ok: true, properties: { accuracy_m: 12.5 } });
  });

  it('keeps a feature whose required fields are empty, with what was filled and extras', () => {
    const result = readForm(
      fields,
      { name: 'KCN Mới', tenants: 'A, B' },
      [{ key: 'ghi_chu', text: 'x' }],
      'en',
    );
    expect(result).toEqual({
      ok: true,
      properties: { name: 'KCN Mới', tenants: ['A', 'B'], ghi_chu: 'x' },
    });
  });

  it('keeps an untouched extra property as it was stored', () => {
    const result = readForm(fields, {}, [{ key: 'floors', text: '3', original: 3 }], 'en');
    expect(result).toEqual({ ok: true, properties: { floors: 3 } });
  });
});
