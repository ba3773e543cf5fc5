import { expect } from 'vitest';
import type { EditorDriver } from './editorDriver.ts';

/** What a planner types into the "Create your own layer" form (English UI). */
export interface OwnLayerForm {
  /** The Vietnamese name, the one field the form requires. */
  nameVi: string;
  nameEn?: string;
  /** The geometry option's label ("Polygon", …); the form's default when left out. */
  geometry?: string;
  /** One extra field with the values it allows, e.g. `{ name: 'phase', allowed: '1, 2' }`. */
  field?: { name: string; allowed: string };
}

/**
 * Creates a planner's own layer through the Edit tab's "New layer" form, with the editor already
 * open, and returns its id once the app has made it the layer the next shape is drawn into.
 */
export async function createOwnLayer(editor: EditorDriver, layer: OwnLayerForm): Promise<string> {
  const page = editor.page;
  await page.getByRole('button', { name: 'New layer' }).click();
  const form = page.getByRole('form', { name: 'Create your own layer' });
  await form.getByLabel('Name (Vietnamese)').fill(layer.nameVi);
  if (layer.nameEn !== undefined) await form.getByLabel('Name (English)').fill(layer.nameEn);
  if (layer.geometry !== undefined) await form.getByLabel('Geometry').selectOption(layer.geometry);
  if (layer.field !== undefined) {
    await form.getByRole('button', { name: 'Add field' }).click();
    await form.getByLabel('Field name').fill(layer.field.name);
    await form.getByLabel('Allowed values (comma-separated)').fill(layer.field.allowed);
  }
  await form.getByRole('button', { name: 'Create layer' }).click();

  // Own layers get ids "user-…"; the select shows one once the layer exists.
  const drawInto = page.getByLabel('Draw into layer');
  await expect.poll(() => drawInto.inputValue(), { timeout: 15_000 }).toMatch(/^user-/);
  return drawInto.inputValue();
}
