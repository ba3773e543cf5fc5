import { describe, expect, it } from 'vitest';
import { getLayer } from '../../src/core/layers/registry.ts';
import { readField, readForm } from '../../src/ui/editor/formValues.ts';

const schema = getLayer('industrial-zones')!.properties;

describe('the property form', () => {
  it('refuses a number that is not one, or out of range, at its field', () => {
    expect(readField(schema.accuracy_m!, 'ten')).toEqual({ ok: false, error: 'notANumber' });
    expect(readField(schema.accuracy_m!, '-1')).toEqual({ ok: false, error: 'belowMin' });
    expect(readField(schema.accuracy_m!, '12,5')).toEqual({ ok: true, value: 12.5 });
  });

  it('refuses a date in the wrong format', () => {
    expect(readField(schema.valid_from!, '1/7/2025')).toEqual({ ok: false, error: 'badPattern' });
    expect(readField(schema.valid_from!, '2025-07-01')).toEqual({ ok: true, value: '2025-07-01' });
  });

  it('saves nothing when one field is wrong', () => {
    const result = readForm(schema, { name: 'KCN', accuracy_m: 'x' }, []);
    expect(result).toEqual({ ok: false, errors: { accuracy_m: 'notANumber' } });
  });

  it('keeps a feature whose required fields are empty, with what was filled', () => {
    const result = readForm(schema, { name: 'KCN Mới', tenants: 'A, B' }, [
      { key: 'ghi_chu', text: 'x' },
    ]);
    expect(result).toEqual({
      ok: true,
      properties: { name: 'KCN Mới', tenants: ['A', 'B'], ghi_chu: 'x' },
    });
  });
});
