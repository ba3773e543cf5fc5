import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { PROPERTY_HELP } from '../../src/core/schema-form/fieldHelp.ts';
import { formFields } from '../../src/core/schema-form/formFields.ts';
import { PROPERTY_LABELS, VALUE_LABELS } from '../../src/core/schema-form/labels.ts';

const names = [...new Set(LAYERS.flatMap((layer) => Object.keys(layer.properties)))];
const values = [
  ...new Set(
    LAYERS.flatMap((layer) => Object.values(layer.properties).flatMap((r) => r.values ?? [])),
  ),
];

describe('every property of the registry, in the form and the inspector', () => {
  it.each(names)('%s has a label and help text in Vietnamese and in English', (name) => {
    for (const text of [PROPERTY_LABELS[name], PROPERTY_HELP[name]]) {
      expect(text?.vi, name).toBeTruthy();
      expect(text?.en, name).toBeTruthy();
      expect(text?.vi, name).not.toBe(text?.en);
    }
  });

  it.each(values)('the allowed value %s has a label in both languages', (value) => {
    expect(VALUE_LABELS[value]?.vi).toBeTruthy();
    expect(VALUE_LABELS[value]?.en).toBeTruthy();
  });

  it('gives the form fields the help text, not the schema’s English description', () => {
    const source = formFields(LAYERS.find((l) => l.id === 'industrial-zones')!).find(
      (field) => field.name === 'source',
    )!;
    expect(source.help?.vi).toBe(PROPERTY_HELP.source!.vi);
    expect(source.help?.vi).not.toBe(source.description);
  });
});
