/** [west, south, east, north] in degrees: the border region the map is about. */
export type BBox = readonly [number, number, number, number];

/** The Hà Nội – Vĩnh Phúc border region, with a margin around the 16 districts of 2019. */
export const REGION_BBOX: BBox = [105.25, 20.95, 106.05, 21.65];

/** The view the app opens on. */
export const HOME_VIEW = { center: [105.64, 21.26] as [number, number], zoom: 9.6 };

/**
 * Beyond this margin around the region a coordinate is "far outside": the usual sign of
 * swapped or projected coordinates rather than a feature that just sits next door.
 */
export const FAR_OUTSIDE_MARGIN_DEG = 2;
