/** The zooms the bundled vector tiles hold; MapLibre over-zooms the last one. */
export const BASEMAP_MIN_ZOOM = 5;
export const BASEMAP_MAX_ZOOM = 13;

/** The full road network, the 2025 communes and the contours are in the tiles from this zoom. */
export const PLANNING_ZOOM = 11;
