import type { Position } from 'geojson';

/**
 * geo-facts §4.5: district centroids (dvhcvn-derived, 2019), by GSO code. Đan Phượng (273) is
 * not in the table: its label point is computed from the polygon.
 */
export const DISTRICT_CENTROIDS: Readonly<Record<string, Position>> = {
  '016': [105.8303, 21.2725],
  '017': [105.8407, 21.1366],
  '250': [105.7054, 21.1835],
  '272': [105.5841, 21.1163],
  '269': [105.4796, 21.0967],
  '271': [105.3831, 21.1427],
  '243': [105.5963, 21.3059],
  '244': [105.7296, 21.3231],
  '249': [105.6659, 21.3201],
  '251': [105.5763, 21.2191],
  '252': [105.4982, 21.242],
  '247': [105.5543, 21.3656],
  '248': [105.5931, 21.4614],
  '246': [105.4782, 21.422],
  '253': [105.3966, 21.4391],
};
