/** A piece of UI text in both languages the app speaks. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type GeometryKind =
  | 'Point'
  | 'MultiPoint'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon';

/** What one feature property may hold. Properties are always data, never markup. */
export interface PropertyRule {
  type: 'string' | 'number' | 'boolean' | 'string[]';
  required: boolean;
  /** Allowed values (strings only). */
  values?: readonly string[];
  /** Inclusive bounds (numbers only). */
  min?: number;
  max?: number;
  /** A regular expression the value must match (strings only), e.g. ISO dates. */
  pattern?: RegExp;
  /**
   * What a value matching `pattern` looks like, in the planner's words in both languages: the
   * validator's "not in the expected form" message says it. Give it with every `pattern`.
   */
  patternForm?: LocalizedText;
  /** Shown in error messages and docs. */
  description: string;
}

export type PropertySchema = Readonly<Record<string, PropertyRule>>;

/**
 * How a layer is drawn. The map style and the legend swatch are both built from this, so
 * they cannot disagree.
 */
export interface LayerStyle {
  /** Main colour: line colour, polygon outline, point fill. */
  color: string;
  /** Polygon fill colour; defaults to `color`. */
  fillColor?: string;
  /** 0–1, polygons only. */
  fillOpacity?: number;
  lineWidthPx: number;
  /** MapLibre dash array in line widths, e.g. [2, 2]. */
  lineDash?: readonly number[];
  circleRadiusPx?: number;
  /** A property whose value changes the line dash: e.g. status "planned" drawn dashed. */
  dashWhen?: { property: string; equals: readonly string[]; dash: readonly number[] };
  /** Feature property used for the on-map label, if any. */
  labelProperty?: string;
}

/**
 * Where a layer's features come from. Bundled GeoJSON is the default; a layer too large for
 * the browser to hold can instead be served as vector tiles from a PMTiles archive.
 */
export type LayerSource =
  | { kind: 'geojson'; file: string }
  | { kind: 'pmtiles'; url: string; sourceLayer: string };

/**
 * What a layer is to the planner: `plan` holds what is planned (zones, roads, clusters);
 * `reference` describes the surroundings (rivers, airport, towns), still editable but never
 * where a new shape lands by default.
 */
export type LayerRole = 'plan' | 'reference';

export interface LayerDef {
  /** Stable id; the bundled file is `data/geojson/<id>.geojson`. */
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  geometryTypes: readonly GeometryKind[];
  properties: PropertySchema;
  style: LayerStyle;
  /** Draw order: higher draws on top. */
  order: number;
  source: LayerSource;
  /** Shown when the layer has no features: how a planner fills it. */
  emptyHint?: LocalizedText;
  /** Whether the layer is visible when the app opens. */
  visibleByDefault: boolean;
  /**
   * Whether planners may edit the layer's features in the app. Absent means editable, so a
   * new layer is editable unless it says why not (see `layerEditability`).
   */
  editable?: boolean;
  /** Why the layer is read-only, shown beside its lock; required when `editable` is false. */
  readOnlyReason?: LocalizedText;
  /** Absent means `plan`, so a new layer (and every planner's layer) is a plan layer. */
  role?: LayerRole;
}
