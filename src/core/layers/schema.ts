import type { PropertySchema } from './types.ts';

export const ACCURACY_VALUES = ['surveyed', 'digitised', 'indicative', 'schematic'] as const;
export type Accuracy = (typeof ACCURACY_VALUES)[number];

export const STATUS_VALUES = [
  'planned',
  'under-construction',
  'operating',
  'completed',
  'stalled',
] as const;

/** ISO 8601 calendar date, YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `ISO_DATE` as a message tells a planner what to write. */
const ISO_DATE_FORM = {
  vi: 'một ngày dạng NNNN-TT-NN, ví dụ 2025-07-01',
  en: 'a date as YYYY-MM-DD, e.g. 2025-07-01',
};

/** Properties every bundled feature carries (see shared/facts/layers.md). */
export const COMMON_PROPERTIES: PropertySchema = {
  name: { type: 'string', required: true, description: 'Vietnamese name, with diacritics' },
  name_en: { type: 'string', required: true, description: 'English name' },
  source: {
    type: 'string',
    required: true,
    description: 'where the geometry and figures come from, in words',
  },
  source_en: { type: 'string', required: false, description: 'the source in English' },
  accuracy: {
    type: 'string',
    required: true,
    values: ACCURACY_VALUES,
    description: 'how the geometry was obtained',
  },
  accuracy_m: {
    type: 'number',
    required: true,
    min: 0,
    max: 100_000,
    description: 'estimated position error in metres',
  },
  status: { type: 'string', required: false, values: STATUS_VALUES, description: 'project status' },
  valid_from: {
    type: 'string',
    required: false,
    pattern: ISO_DATE,
    patternForm: ISO_DATE_FORM,
    description: 'ISO date',
  },
  valid_until: {
    type: 'string',
    required: false,
    pattern: ISO_DATE,
    patternForm: ISO_DATE_FORM,
    description: 'ISO date',
  },
  notes: { type: 'string', required: false, description: 'free text (Vietnamese)' },
  notes_en: { type: 'string', required: false, description: 'the notes in English' },
  // Derived by the data build (scripts/data/admin-frame.ts) from where the geometry lies.
  districts_2019: {
    type: 'string[]',
    required: false,
    description: '2019 districts (of the 16 in the region) the feature lies in',
  },
  communes_2025: {
    type: 'string[]',
    required: false,
    description: 'communes and wards of 1 July 2025 the feature lies in',
  },
  commune_codes_2025: {
    type: 'string[]',
    required: false,
    description: 'their 5-digit ward codes, in the same order',
  },
  provinces_2025: {
    type: 'string[]',
    required: false,
    description: 'provinces of 1 July 2025 the feature lies in',
  },
};

/** The common properties plus a layer's own. */
export function withCommon(own: PropertySchema): PropertySchema {
  return { ...COMMON_PROPERTIES, ...own };
}
