import type { Feature } from 'geojson';
import { squareZone } from './squareZone.ts';

/*
 * Both clippers giving up, as they may on inputs nobody has found yet. A test file installs them
 * with a vi.mock factory (vi.mock is hoisted, so the factory imports this module itself):
 *   vi.mock('polygon-clipping', async () => (await import('./support/failingClippers.ts')).polygonClippingGivingUp);
 */

const polygonClippingFails = (): never => {
  throw new Error('Unable to complete output ring');
};
const polyclipFails = (): never => {
  throw new Error('Unable to find segment');
};

/** polygon-clipping's module whose every intersection and union throws its own words. */
export const polygonClippingGivingUp = {
  default: { intersection: polygonClippingFails, union: polygonClippingFails },
};

/** polyclip-ts's module whose every intersection and union throws its own words. */
export const polyclipGivingUp = { intersection: polyclipFails, union: polyclipFails };

/** What the overlap says of the two clippers above when neither can intersect a pair. */
export const BOTH_CLIPPERS_GAVE_UP =
  'polygon-clipping: Unable to complete output ring; polyclip-ts: Unable to find segment';

/** A 0.01° square zone at latitude 21°N whose west edge is at `west`. */
export const zone = (id: string, west: number): Feature => squareZone(id, west, 21, 0.01, {});
