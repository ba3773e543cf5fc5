import type { Position } from 'geojson';
import { type District, districtByShortName } from './districts.ts';
import type { BorderSegment } from './provincial-border.ts';
import { sharedChains } from './shared-edges.ts';

/**
 * The Red River centre line, upstream to downstream: the border segments along the river
 * (5–8, taken from the Phú Thọ tripoint), then the shared edges of Mê Linh with Phúc Thọ and
 * Đan Phượng, then of Đông Anh with Đan Phượng. The 2019 boundary runs roughly mid-channel.
 */
export function redRiverCentreLine(
  districts: readonly District[],
  segments: readonly BorderSegment[],
): Position[] {
  const alongBorder = segments
    .filter((segment) => segment.fact.nature === 'red-river')
    .flatMap((segment, index) => (index === 0 ? segment.positions : segment.positions.slice(1)))
    .reverse();
  const line = [...alongBorder];
  const downstream: Array<readonly [string, string]> = [
    ['Mê Linh', 'Phúc Thọ'],
    ['Mê Linh', 'Đan Phượng'],
    ['Đông Anh', 'Đan Phượng'],
  ];
  for (const [north, south] of downstream) {
    const from = line[line.length - 1]!;
    const chains = sharedChains(
      [districtByShortName(districts, north)],
      [districtByShortName(districts, south)],
      from,
    );
    const chain = chains[0];
    if (chains.length !== 1 || chain?.positions[0]?.join() !== from.join()) {
      throw new Error(`Red River: ${north} – ${south} edge does not continue the line`);
    }
    line.push(...chain.positions.slice(1));
  }
  return line;
}
