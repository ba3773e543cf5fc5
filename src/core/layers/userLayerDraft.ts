import { COMMON_PROPERTIES } from './schema.ts';
import type { UserField, UserGeometryType, UserLayerDef } from './userLayer.ts';

/** What the "New layer" form holds, as typed. */
export interface UserLayerDraft {
  name: string;
  nameEn: string;
  geometryType: UserGeometryType;
  color: string;
  fields: { name: string; type: UserField['type']; required: boolean; values: string }[];
}

/** Why a draft cannot become a layer: a missing name, or the field names that cannot be. */
export type DraftProblem = { kind: 'name' } | { kind: 'fields'; names: string[] };

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * A planner's layer from the form's draft, or what is wrong with it. Field names must be plain
 * identifiers, distinct, and not one of the common properties every feature has.
 */
export function userLayerFromDraft(
  draft: UserLayerDraft,
  id: string,
): { def: UserLayerDef } | { problem: DraftProblem } {
  const name = draft.name.trim();
  if (!name) return { problem: { kind: 'name' } };
  const seen = new Set<string>();
  const bad: string[] = [];
  const fields: UserField[] = [];
  for (const field of draft.fields) {
    const fieldName = field.name.trim();
    if (!FIELD_NAME.test(fieldName) || seen.has(fieldName) || fieldName in COMMON_PROPERTIES) {
      bad.push(fieldName || '""');
      continue;
    }
    seen.add(fieldName);
    const values = field.values
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    fields.push({
      name: fieldName,
      type: field.type,
      required: field.required,
      ...(field.type === 'string' && values.length > 0 ? { values } : {}),
    });
  }
  if (bad.length > 0) return { problem: { kind: 'fields', names: bad } };
  const nameEn = draft.nameEn.trim();
  const def: UserLayerDef = {
    id,
    name,
    ...(nameEn ? { nameEn } : {}),
    geometryType: draft.geometryType,
    color: draft.color,
    ...(fields.length > 0 ? { fields } : {}),
  };
  return { def };
}

/** A fresh id for a planner's layer: `user-` and random letters, never a registry id. */
export function newUserLayerId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += (byte % 36).toString(36);
  return `user-${suffix}`;
}
