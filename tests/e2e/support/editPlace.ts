import type { Camera } from './mapApp.ts';

type LngLat = [number, number];

/**
 * Where the editor specs draw: a quiet corner south-west of Mê Linh with no industrial zone
 * under it, at zoom 14 (about 4.5 m a pixel at 21°N).
 */
export const EDIT_CAMERA: Camera = { zoom: 14, lon: 105.66, lat: 21.205 };

/** A rectangle of about 1,040 m × 550 m in the middle of {@link EDIT_CAMERA}'s view. */
export const EDIT_SQUARE: readonly LngLat[] = [
  [105.655, 21.2025],
  [105.665, 21.2025],
  [105.665, 21.2075],
  [105.655, 21.2075],
];

/** What the planner types into an industrial zone's property form (its English labels). */
export const TEST_ZONE = {
  Name: 'KCN thử nghiệm',
  'English name': 'Test zone',
  Source: 'browser test',
  Accuracy: 'schematic',
  'Position error': '50',
};
