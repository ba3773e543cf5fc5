import type { Position } from 'geojson';
import type { District } from './districts.ts';
import { BORDER_SEGMENTS, type BorderSegmentFact, PROVINCIAL_BORDER } from './facts/border.ts';
import { type SharedChain, sharedChains } from './shared-edges.ts';

export interface BorderSegment {
  fact: BorderSegmentFact;
  positions: Position[];
}

/**
 * The Hà Nội – Vĩnh Phúc border as the shared edge of the two provinces' districts, from the
 * Thái Nguyên tripoint (north) to the Phú Thọ tripoint (west).
 */
export function provincialBorder(districts: readonly District[]): SharedChain {
  const hanoi = districts.filter((district) => district.province === 'hanoi');
  const vinhphuc = districts.filter((district) => district.province === 'vinhphuc');
  const chains = sharedChains(hanoi, vinhphuc, PROVINCIAL_BORDER.thaiNguyenTripoint);
  if (chains.length !== 1) throw new Error(`expected one border line, found ${chains.length}`);
  return chains[0]!;
}

/** The border split where the pair of districts on either side changes (geo-facts §4.1). */
export function borderSegments(border: SharedChain): BorderSegment[] {
  const segments: BorderSegment[] = [];
  border.sides.forEach(([hanoiDistrict, vinhphucDistrict], edge) => {
    const last = segments[segments.length - 1];
    const samePair =
      last?.fact.hanoiSide === hanoiDistrict.shortName &&
      last.fact.vinhphucSide === vinhphucDistrict.shortName;
    if (samePair) {
      last.positions.push(border.positions[edge + 1]!);
      return;
    }
    const fact = BORDER_SEGMENTS[segments.length];
    if (
      fact?.hanoiSide !== hanoiDistrict.shortName ||
      fact.vinhphucSide !== vinhphucDistrict.shortName
    ) {
      throw new Error(`border segment ${segments.length + 1} does not match geo-facts §4.1`);
    }
    segments.push({ fact, positions: [border.positions[edge]!, border.positions[edge + 1]!] });
  });
  if (segments.length !== BORDER_SEGMENTS.length) throw new Error('expected eight border segments');
  return segments;
}
