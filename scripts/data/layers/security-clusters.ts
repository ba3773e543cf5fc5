import type { Feature, Position } from 'geojson';
import { type District, districtByShortName } from '../districts.ts';
import { CLUSTER_BAND_KM, CLUSTERS, type ClusterFact } from '../facts/security-clusters.ts';
import { feature } from '../feature.ts';
import { noteProperties } from '../notes.ts';
import { bandAroundLine, dissolve, intersect, withoutCrumbs } from '../polygon-ops.ts';
import type { BorderSegment } from '../provincial-border.ts';

const SOURCE = `The 2019 conference article names six joint security clusters of the Hà Nội and Vĩnh Phúc police but not their members; members grouped here by border segment (geo-facts §4.1, layers.md §4); area: the segment from the 2019 district polygons with a ${CLUSTER_BAND_KM} km band on each side, clipped to the member districts`;

/** Clip leftovers under 1 % of the main part are dropped (a few ha where the band ends). */
const CRUMB_SHARE = 0.01;

/** The security-clusters layer: one coverage polygon per cluster. */
export function securityClustersLayer(
  districts: readonly District[],
  segments: readonly BorderSegment[],
): Feature[] {
  return CLUSTERS.map((cluster) => clusterFeature(cluster, districts, segments));
}

function clusterFeature(
  cluster: ClusterFact,
  districts: readonly District[],
  segments: readonly BorderSegment[],
): Feature {
  const line = joinedSegments(cluster, segments);
  const members = [...cluster.membersHanoi, ...cluster.membersVinhphuc].map(
    (name) => districtByShortName(districts, name).polygon,
  );
  const coverage = intersect(bandAroundLine(line, CLUSTER_BAND_KM), dissolve(members));
  if (!coverage) throw new Error(`cluster ${cluster.no}: band misses its districts`);
  const area = withoutCrumbs(coverage, CRUMB_SHARE);
  const pair = `${cluster.membersHanoi.join(' / ')} – ${cluster.membersVinhphuc.join(' / ')}`;
  return feature(
    `cluster-${cluster.no}`,
    {
      name: `Cụm liên kết an ninh trật tự số ${cluster.no}: ${pair}`,
      name_en: `Joint security cluster ${cluster.no}: ${pair}`,
      source: SOURCE,
      accuracy: 'indicative',
      accuracy_m: CLUSTER_BAND_KM * 1000,
      ...noteProperties({
        vi: `Cách nhóm mang tính minh họa: nguồn nêu sáu cụm nhưng không nêu thành viên hay địa bàn. Đoạn ranh giới ${cluster.segments.join(' và ')} (${String(cluster.segmentKm).replace('.', ',')} km${cluster.river ? `, ${cluster.river.vi}` : ''}). Các huyện thành viên là đơn vị năm 2019, đã bị bãi bỏ từ 1/7/2025.`,
        en: `Illustrative grouping: the source names six clusters but not their members or areas. Border segment${cluster.segments.length > 1 ? 's' : ''} ${cluster.segments.join(' and ')} (${cluster.segmentKm} km${cluster.river ? `, ${cluster.river.en}` : ''}). Member districts are the 2019 units, abolished on 1 July 2025.`,
      }),
      cluster_no: cluster.no,
      members_hanoi: [...cluster.membersHanoi],
      members_vinhphuc: [...cluster.membersVinhphuc],
      segment_km: cluster.segmentKm,
    },
    area,
  );
}

/** The cluster's border segments as one line (they are consecutive along the border). */
function joinedSegments(cluster: ClusterFact, segments: readonly BorderSegment[]): Position[] {
  const line: Position[] = [];
  for (const no of cluster.segments) {
    const segment = segments.find((candidate) => candidate.fact.no === no);
    if (!segment) throw new Error(`no border segment ${no}`);
    line.push(...(line.length === 0 ? segment.positions : segment.positions.slice(1)));
  }
  return line;
}
