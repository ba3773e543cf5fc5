import { describe, expect, it } from 'vitest';
import { getLayer } from '../../src/core/layers/registry.ts';
import {
  type FormField,
  formFields,
  parseFieldValue,
  validateProperties,
} from '../../src/core/schema-form/index.ts';

const zones = getLayer('industrial-zones')!;

function fieldOf(name: string): FormField {
  const field = formFields(zones).find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

describe('the property form of a layer', () => {
  it('has a field per schema property, required first, labelled in both languages', () => {
    const fields = formFields(zones);
    expect(fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(Object.keys(zones.properties)),
    );
    expect(fields.length).toBe(Object.keys(zones.properties).length);
    // `context` has a required property of its own (kind) after the common optional ones.
    const context = formFields(getLayer('context')!);
    const firstOptional = context.findIndex((field) => !field.required);
    expect(context.slice(firstOptional).every((field) => !field.required)).toBe(true);
    expect(context.find((field) => field.name === 'kind')).toMatchObject({ required: true });
    expect(fieldOf('name').label).toEqual({ vi: 'Tên', en: 'Name' });
  });

  it('offers allowed values as choices, units from the name, dates as dates', () => {
    expect(fieldOf('accuracy')).toMatchObject({ kind: 'choice', required: true });
    expect(fieldOf('accuracy').choices?.map((choice) => choice.value)).toEqual([
      'surveyed',
      'digitised',
      'indicative',
      'schematic',
    ]);
    expect(fieldOf('accuracy_m')).toMatchObject({ kind: 'number', unit: 'm', min: 0 });
    expect(fieldOf('valid_from').kind).toBe('date');
  });
});

describe('parseFieldValue', () => {
  it('reads numbers with a decimal point or a Vietnamese decimal comma', () => {
    expect(parseFieldValue(fieldOf('accuracy_m'), '0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseFieldValue(fieldOf('accuracy_m'), ' 250 ')).toEqual({ ok: true, value: 250 });
  });

  it('refuses a number it would have to guess, saying both readings', () => {
    const parsed = parseFieldValue(fieldOf('accuracy_m'), '1.500');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.en).toContain('1500 or 1.500');
  });

  it('refuses text in a number field and values out of bounds, in both languages', () => {
    const text = parseFieldValue(fieldOf('accuracy_m'), 'khoảng 5');
    expect(text).toEqual({
      ok: false,
      message: { vi: '“khoảng 5” không phải là số', en: '“khoảng 5” is not a number' },
    });
    expect(parseFieldValue(fieldOf('accuracy_m'), '-3')).toMatchObject({
      ok: false,
      message: { en: 'The minimum is 0 m' },
    });
  });

  it('refuses a value outside the allowed ones and a malformed date', () => {
    expect(parseFieldValue(fieldOf('accuracy'), 'roughly').ok).toBe(false);
    expect(parseFieldValue(fieldOf('accuracy'), 'surveyed')).toEqual({
      ok: true,
      value: 'surveyed',
    });
    expect(parseFieldValue(fieldOf('valid_from'), '2025-13-01').ok).toBe(false);
    expect(parseFieldValue(fieldOf('valid_from'), '2025-07-01')).toEqual({
      ok: true,
      value: '2025-07-01',
    });
  });

  it('reads an empty field as no value, even a required one (the feature is still saved)', () => {
    expect(parseFieldValue(fieldOf('name'), '   ')).toEqual({ ok: true, value: undefined });
  });
});

describe('validateProperties', () => {
  it('marks a required property left empty, with the validator’s own rule', () => {
    const problems = validateProperties(zones, {
      name: 'KCN mới',
      name_en: 'New zone',
      source: 'vẽ tay',
      accuracy: 'indicative',
    });
    expect(problems).toEqual([
      expect.objectContaining({
        property: 'accuracy_m',
        severity: 'error',
        code: 'property-missing',
      }),
    ]);
  });

  it('finds values the form should have refused when they come from elsewhere', () => {
    const problems = validateProperties(zones, {
      name: 'KCN',
      name_en: 'Zone',
      source: 's',
      accuracy: 'roughly',
      accuracy_m: -1,
    });
    expect(problems.map((problem) => [problem.property, problem.code])).toEqual([
      ['accuracy', 'property-invalid'],
      ['accuracy_m', 'property-invalid'],
    ]);
  });
});
