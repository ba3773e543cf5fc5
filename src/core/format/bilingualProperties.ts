/**
 * Free-text properties the bundled data writes in both languages, as `name` and `name_en` are:
 * the Vietnamese text under the name, the English one under `<name>_en`.
 */
const BILINGUAL: readonly string[] = [
  'notes',
  'outline_match',
  'source',
  'operator',
  'tenants',
  'lanes',
];

const ENGLISH_OF: ReadonlyMap<string, string> = new Map(
  BILINGUAL.map((name) => [name, `${name}_en`]),
);
const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_OF.values());

/**
 * A feature's property rows as the inspector lists them in `lang`: a bilingual property shows
 * once, under its own name, in the UI's language (English falls back to the Vietnamese text
 * when the feature has none, as a planner's own data may not); its `_en` twin is not repeated.
 */
export function propertiesInLanguage(
  entries: readonly (readonly [string, unknown])[],
  properties: Readonly<Record<string, unknown>>,
  lang: 'vi' | 'en',
): [string, unknown][] {
  const rows: [string, unknown][] = [];
  for (const [key, value] of entries) {
    if (ENGLISH.has(key)) continue;
    const english = ENGLISH_OF.get(key);
    const inEnglish = english === undefined ? undefined : properties[english];
    rows.push([key, lang === 'en' && inEnglish !== undefined ? inEnglish : value]);
  }
  return rows;
}

/** One bilingual property's value in `lang`: the `_en` twin in English when the feature has it. */
export function valueInLanguage(
  properties: Readonly<Record<string, unknown>>,
  name: string,
  lang: 'vi' | 'en',
): unknown {
  const english = ENGLISH_OF.get(name);
  if (lang === 'en' && english !== undefined && properties[english] !== undefined) {
    return properties[english];
  }
  return properties[name];
}
