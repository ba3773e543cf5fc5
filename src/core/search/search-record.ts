import { featureKey } from '../document/featureKey.ts';
import { VALUE_LABELS } from '../schema-form/labels.ts';

/** What search knows of one feature: where it is, what to show, and the text to match. */
export interface SearchRecord {
  layerId: string;
  featureKey: string;
  /** The feature's names as shown in the results (the key when it has none). */
  label: { vi: string; en: string };
  /** Text matched with more weight: names and the id. */
  primary: string[];
  /** Other short property values: status, codes, province. */
  secondary: string[];
}

// Long free text (sources, notes) would make every query match everything.
const SECONDARY_MAX_CHARS = 60;
const NOT_SEARCHED = new Set([
  'source',
  'note',
  'notes',
  'notes_en',
  'description',
  'name',
  'name_en',
]);

/** The search record of a feature of a layer; reads only the properties, never the geometry. */
export function searchRecordOf(
  layerId: string,
  feature: GeoJSON.Feature,
  index: number,
): SearchRecord {
  const key = featureKey(feature, index);
  const properties = feature.properties ?? {};
  const vi = typeof properties.name === 'string' ? properties.name : '';
  const en = typeof properties.name_en === 'string' ? properties.name_en : '';
  const secondary: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (NOT_SEARCHED.has(name)) continue;
    if (typeof value === 'string' && value.length <= SECONDARY_MAX_CHARS) {
      secondary.push(value);
      // A coded value is found by its words in either language: "dang hoat dong", "operating".
      const label = VALUE_LABELS[value];
      if (label) secondary.push(label.vi, label.en);
    } else if (typeof value === 'number' && name.endsWith('code')) secondary.push(String(value));
  }
  return {
    layerId,
    featureKey: key,
    label: { vi: vi || en || key, en: en || vi || key },
    primary: [vi, en, feature.id === undefined ? '' : String(feature.id)].filter(Boolean),
    secondary,
  };
}

/** The search records of every feature of the given layers. */
export function searchRecordsOf(
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>,
): SearchRecord[] {
  return Object.entries(collections).flatMap(([layerId, collection]) =>
    collection.features.map((feature, index) => searchRecordOf(layerId, feature, index)),
  );
}
