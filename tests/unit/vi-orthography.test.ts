import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every module whose exports hold the UI's `{ vi, en }` texts. */
const MODULES = [
  ...readdirSync(resolve(ROOT, 'src/core/i18n')).map((file) => `src/core/i18n/${file}`),
  'src/core/schema-form/labels.ts',
  'src/core/schema-form/fieldHelp.ts',
];

/** Every string held under a `vi` key, anywhere in the value. */
function vietnameseTexts(value: unknown, found: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return found;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'vi' && typeof inner === 'string') found.push(inner);
    else vietnameseTexts(inner, found);
  }
  return found;
}

async function allVietnamese(): Promise<string[]> {
  const texts: string[] = [];
  for (const path of MODULES) {
    const module: Record<string, unknown> = await import(resolve(ROOT, path));
    vietnameseTexts(module, texts);
  }
  return texts;
}

/**
 * The planners' documents and the glossary (“hệ tọa độ”) write the tone mark the traditional
 * way, as government texts do (“số hóa”, QĐ 749/QĐ-TTg): on the o of an open oa/oe, on the u
 * of an open uy; never “số hoá”, “toạ độ”, “thuỷ”.
 */
const NEW_STYLE = /(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![\p{L}])/u;

describe('the Vietnamese UI texts', () => {
  it('are found (the scan reads the message tables)', async () => {
    expect((await allVietnamese()).length).toBeGreaterThan(400);
  });

  it('write “số hóa”, never “số hoá”', async () => {
    const texts = await allVietnamese();
    expect(texts.filter((text) => /số hoá/i.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes('số hóa'))).toBe(true);
  });

  it('place every tone mark of an open oa, oe, uy the same (traditional) way', async () => {
    const texts = await allVietnamese();
    expect(texts.filter((text) => NEW_STYLE.test(text))).toEqual([]);
  });
});
