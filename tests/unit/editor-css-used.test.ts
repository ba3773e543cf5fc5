import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Every .ts and .tsx file under `dir`, read. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** The class names a style sheet's selectors name (`.form-field input` → `form-field`). */
function classesOf(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = withoutComments.replace(/\{[^}]*\}/g, ' ');
  return [...new Set([...selectors.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((match) => match[1]!))];
}

/**
 * Whether code names a class: as a whole word, or through a template that ends in its prefix
 * (`problem-${severity}` uses `problem-error`).
 */
function isUsed(name: string, code: string): boolean {
  if (new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`).test(code)) return true;
  const templatePrefixes = [...code.matchAll(/([\w-]+-)\$\{/g)].map((match) => match[1]!);
  return templatePrefixes.some((prefix) => name.startsWith(prefix));
}

describe("the editor's style sheet", () => {
  it('styles no class that no component uses', () => {
    const code = sources(SRC).join('\n');
    const css = readFileSync(join(SRC, 'ui/editor/editor.css'), 'utf8');
    const unused = classesOf(css).filter((name) => !isUsed(name, code));
    expect(unused).toEqual([]);
  });
});
