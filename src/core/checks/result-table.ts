import type { Feature, Geometry } from 'geojson';
import { measureFeature } from '../analysis/measure-feature.ts';
import { formatLength } from '../format/propertyText.ts';
import type { Lang } from '../i18n/messages.ts';
import type { LocalizedText } from '../layers/types.ts';
import type { EmptyResultHint } from './empty-result-hint.ts';
import type { CheckOutcome } from './run-check.ts';
import { overlapRowKey } from './shares-past-whole.ts';
import type { LeftOutFeature } from './usable-features.ts';

/** How a column's numbers read: metres, hectares, or a share shown as a percentage. */
export type ColumnUnit = 'text' | 'meters' | 'hectares' | 'share';

export interface ResultColumn {
  key: string;
  label: LocalizedText;
  unit: ColumnUnit;
}

export interface ResultRow {
  key: string;
  values: Readonly<Record<string, string | number | null>>;
  /** What the row is about on the map: zoomed to when the row is clicked. */
  geometry: Geometry | null;
  /** What the map draws for this row: a closest-point line, a shared part, a corridor. */
  overlay?: Feature;
}

export interface ResultTable {
  columns: ResultColumn[];
  rows: ResultRow[];
  /** Drawn under the rows' overlays: the corridors an overlap was checked against. */
  background: Feature[];
  /** The features the check left out, and why (listed under the table). */
  leftOut: LeftOutFeature[];
  /** Why there are no rows, when there are none: shown instead of a bare "No results". */
  hint?: EmptyResultHint;
}

/**
 * A nearest line's label as a point at its middle. Text placed along the line itself is drawn
 * once per tile the line crosses ("1366413664 m"); a point is drawn once.
 */
function labelPointOf(overlay: Feature): Feature | null {
  const label = overlay.properties?.label;
  if (typeof label !== 'string' || overlay.geometry.type !== 'LineString') return null;
  const [from, to] = overlay.geometry.coordinates;
  if (!from || !to) return null;
  const middle = [((from[0] ?? 0) + (to[0] ?? 0)) / 2, ((from[1] ?? 0) + (to[1] ?? 0)) / 2];
  return {
    type: 'Feature',
    properties: { role: 'nearest-label', label },
    geometry: { type: 'Point', coordinates: middle },
  };
}

/** Everything a result draws on the map. */
export function overlayOf(table: ResultTable): GeoJSON.FeatureCollection {
  const features = [...table.background];
  for (const row of table.rows) {
    if (!row.overlay) continue;
    // The row's key rides along, so a click on what the map draws can choose the row.
    const overlay: Feature = {
      ...row.overlay,
      properties: { ...row.overlay.properties, rowKey: row.key },
    };
    features.push(overlay);
    const label = overlay.properties?.role === 'nearest' ? labelPointOf(overlay) : null;
    if (label) features.push({ ...label, properties: { ...label.properties, rowKey: row.key } });
  }
  return { type: 'FeatureCollection', features };
}

/** A feature's name in the reader's language (English falls back to Vietnamese), else its id. */
const nameOf = (feature: Feature | undefined, lang: Lang): string => {
  const props = feature?.properties ?? {};
  const name = lang === 'en' && typeof props.name_en === 'string' ? props.name_en : props.name;
  return typeof name === 'string' ? name : String(feature?.id ?? '');
};

const col = (key: string, vi: string, en: string, unit: ColumnUnit): ResultColumn => ({
  key,
  label: { vi, en },
  unit,
});

/**
 * A check's outcome as a table a planner reads, and the overlay the map draws (its distance
 * labels in the language's units, as the table writes them).
 */
export function resultTable(outcome: CheckOutcome, lang: Lang = 'vi'): ResultTable {
  return {
    ...kindTable(outcome, lang),
    leftOut: outcome.leftOut,
    ...(outcome.hint && { hint: outcome.hint }),
  };
}

type KindTable = Omit<ResultTable, 'leftOut'>;

function kindTable(outcome: CheckOutcome, lang: Lang): KindTable {
  switch (outcome.kind) {
    case 'nearest':
      return nearestTable(outcome, lang);
    case 'overlap':
      return overlapTable(outcome, lang);
    case 'corridor':
      return corridorTable(outcome, lang);
  }
}

function nearestTable(outcome: Extract<CheckOutcome, { kind: 'nearest' }>, lang: Lang): KindTable {
  const rows = outcome.rows.map((row): ResultRow => {
    const line: Geometry | null =
      row.from && row.to ? { type: 'LineString', coordinates: [row.from, row.to] } : null;
    return {
      ...(line && {
        overlay: {
          type: 'Feature',
          properties: { role: 'nearest', label: formatLength(row.distanceMeters ?? 0, lang) },
          geometry: line,
        },
      }),
      key: `${row.fromId}→${row.toId}`,
      values: {
        from: nameOf(outcome.from[row.fromIndex], lang),
        to: row.toIndex === null ? null : nameOf(outcome.to[row.toIndex], lang),
        distance: row.distanceMeters,
      },
      geometry: line ?? outcome.from[row.fromIndex]?.geometry ?? null,
    };
  });
  return {
    columns: [
      col('from', 'Từ', 'From', 'text'),
      col('to', 'Gần nhất', 'Nearest', 'text'),
      col('distance', 'Khoảng cách', 'Distance', 'meters'),
    ],
    rows,
    background: [],
  };
}

function overlapTable(outcome: Extract<CheckOutcome, { kind: 'overlap' }>, lang: Lang): KindTable {
  const corridors = [...outcome.a, ...outcome.b].filter(
    (f) => f.properties?.buffer_m !== undefined,
  );
  const background: Feature[] = corridors.map((feature) => ({
    type: 'Feature',
    properties: { role: 'corridor' },
    geometry: feature.geometry,
  }));
  const rows = outcome.rows.map((row): ResultRow => {
    return {
      overlay: { type: 'Feature', properties: { role: 'shared' }, geometry: row.geometry },
      key: overlapRowKey(row.aId, row.bId),
      values: {
        a: nameOf(outcome.a[row.aIndex], lang),
        b: nameOf(outcome.b[row.bIndex], lang),
        overlap: row.overlapSquareMeters / 10_000,
        shareOfA: row.shareOfA,
        shareOfB: row.shareOfB,
      },
      geometry: row.geometry,
    };
  });
  return {
    columns: [
      col('a', 'Đối tượng A', 'Feature A', 'text'),
      col('b', 'Đối tượng B', 'Feature B', 'text'),
      col('overlap', 'Diện tích chồng lấn', 'Shared area', 'hectares'),
      col('shareOfA', 'Tỷ lệ của A', 'Share of A', 'share'),
      col('shareOfB', 'Tỷ lệ của B', 'Share of B', 'share'),
    ],
    rows,
    background,
  };
}

function corridorTable(
  outcome: Extract<CheckOutcome, { kind: 'corridor' }>,
  lang: Lang,
): KindTable {
  const rows = outcome.corridors.map(
    (corridor, index): ResultRow => ({
      overlay: { type: 'Feature', properties: { role: 'corridor' }, geometry: corridor.geometry },
      key: String(corridor.id ?? index),
      values: {
        of: nameOf(outcome.of[index], lang),
        width: Number(corridor.properties?.buffer_m),
        area: measureFeature(corridor).areaSquareMeters / 10_000,
      },
      geometry: corridor.geometry,
    }),
  );
  return {
    columns: [
      col('of', 'Hành lang của', 'Corridor of', 'text'),
      col('width', 'Khoảng cách', 'Distance', 'meters'),
      col('area', 'Diện tích', 'Area', 'hectares'),
    ],
    rows,
    background: [],
  };
}
