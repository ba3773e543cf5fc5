import type { GeoJsonProperties } from 'geojson';
import { type Lang, type MessageKey, t } from '../i18n/messages.ts';
import { propertyText } from './propertyText.ts';

/** The derived administrative properties (scripts/data/admin-frame.ts), in display order. */
export const ADMIN_FRAME_KEYS = ['districts_2019', 'communes_2025', 'provinces_2025'] as const;

/** Properties shown by the frame rows or only meaningful with them (the commune codes). */
export const ADMIN_FRAME_PROPERTIES: ReadonlySet<string> = new Set([
  ...ADMIN_FRAME_KEYS,
  'commune_codes_2025',
]);

const LABELS: Record<(typeof ADMIN_FRAME_KEYS)[number], MessageKey> = {
  districts_2019: 'districts2019',
  communes_2025: 'communes2025',
  provinces_2025: 'provinces2025',
};

/**
 * Where a feature lies, as labelled rows: its 2019 district(s), 2025 commune(s) (with their
 * codes) and 2025 province(s). Rows the feature has no value for are left out.
 */
export function adminFrameRows(
  properties: GeoJsonProperties,
  lang: Lang,
): Array<{ key: string; label: string; value: string }> {
  const props = properties ?? {};
  return ADMIN_FRAME_KEYS.flatMap((key) => {
    const value = props[key];
    if (!Array.isArray(value) || value.length === 0) return [];
    const codes = props.commune_codes_2025;
    const shown =
      key === 'communes_2025' && Array.isArray(codes) && codes.length === value.length
        ? value.map((name, k) => `${name} (${codes[k]})`)
        : value;
    return [{ key, label: t(lang, LABELS[key]), value: propertyText(shown, lang) }];
  });
}
