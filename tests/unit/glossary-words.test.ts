import { describe, expect, it } from 'vitest';
import { propertyLabel } from '../../src/core/format/codedText.ts';
import { t } from '../../src/core/i18n/messages.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { PROPERTY_LABELS } from '../../src/core/schema-form/labels.ts';

describe('the planners’ words (shared/facts/glossary.md)', () => {
  it('property labels in Vietnamese: độ chính xác, nguồn, tên tiếng Anh', () => {
    expect(propertyLabel('accuracy', 'vi')).toBe('Độ chính xác');
    expect(propertyLabel('source', 'vi')).toBe('Nguồn');
    expect(propertyLabel('name_en', 'vi')).toBe('Tên tiếng Anh');
  });

  it('every property of every layer has a label in both languages (the form shows no raw keys)', () => {
    const unlabelled = LAYERS.flatMap((layer) =>
      Object.keys(layer.properties)
        .filter((key) => !PROPERTY_LABELS[key]?.vi || !PROPERTY_LABELS[key]?.en)
        .map((key) => `${layer.id}.${key}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('the 2019 / 2025 switch in English says boundaries (địa giới), not units', () => {
    expect(t('en', 'frameUnits')).toBe('Boundaries');
    expect(t('en', 'frame2019')).toBe('2019 boundaries');
    expect(t('en', 'frame2025')).toBe('2025 boundaries');
  });
});
