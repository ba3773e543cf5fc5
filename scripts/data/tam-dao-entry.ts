import type { Position } from 'geojson';
import { type District, districtByShortName } from './districts.ts';
import { sharedChains } from './shared-edges.ts';

/** Somewhere north-east of the province, on the Thái Nguyên side: picks the outer end. */
const THAI_NGUYEN_SIDE: Position = [105.8, 21.5];

/**
 * Where Tam Đảo and Bình Xuyên districts meet the Thái Nguyên boundary on the Tam Đảo range:
 * the schematic start of the Ring Road 5 corridor in Vĩnh Phúc (the real crossing is unknown).
 */
export function tamDaoEntryPoint(districts: readonly District[]): Position {
  const chains = sharedChains(
    [districtByShortName(districts, 'Tam Đảo')],
    [districtByShortName(districts, 'Bình Xuyên')],
    THAI_NGUYEN_SIDE,
  );
  const start = chains[0]?.positions[0];
  if (!start) throw new Error('Tam Đảo and Bình Xuyên share no edge');
  return start;
}
