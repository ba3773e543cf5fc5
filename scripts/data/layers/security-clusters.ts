import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import { type District, districtByShortName } from '../districts.ts';
import { CLUSTER_BAND_KM, CLUSTERS, type ClusterFact } from '../facts/security-clusters.ts';
import { feature } from '../feature.ts';
import { joinNotes, type Note, noteProperties } from '../notes.ts';
import {
  areaSquareMetres,
  bandAroundLine,
  dissolve,
  intersect,
  withoutCrumbs,
} from '../polygon-ops.ts';
import type { BorderSegment } from '../provincial-border.ts';

const SOURCE = `The 2019 conference article names six joint security clusters of the Hà Nội and Vĩnh Phúc police but not their members; members grouped here by border segment (geo-facts §4.1, layers.md §4); area: the segment from the 2019 district polygons with a ${CLUSTER_BAND_KM} km band on each side, clipped to the member districts`;

/** Clip leftovers under 1 % of the main part are dropped (a few ha where the band ends). */
const CRUMB_SHARE = 0.01;

type Area = Polygon | MultiPolygon;

/** The security-clusters layer: one coverage polygon per cluster. */
export function securityClustersLayer(
  districts: readonly District[],
  segments: readonly BorderSegment[],
): Feature[] {
  const areas = CLUSTERS.map((cluster) => clusterArea(cluster, districts, segments));
  return CLUSTERS.map((cluster, k) =>
    clusterFeature(cluster, areas[k]!, sharedWith(cluster, areas[k]!, areas)),
  );
}

function clusterArea(
  cluster: ClusterFact,
  districts: readonly District[],
  segments: readonly BorderSegment[],
): Area {
  const line = joinedSegments(cluster, segments);
  const members = [...cluster.membersHanoi, ...cluster.membersVinhphuc].map(
    (name) => districtByShortName(districts, name).polygon,
  );
  const coverage = intersect(bandAroundLine(line, CLUSTER_BAND_KM), dissolve(members));
  if (!coverage) throw new Error(`cluster ${cluster.no}: band misses its districts`);
  return withoutCrumbs(coverage, CRUMB_SHARE);
}

/** Another cluster whose area overlaps this one's: where their bands meet. */
interface SharedArea {
  other: ClusterFact;
  hectares: number;
  /** The member districts the two clusters share, where the overlap lies. */
  districts: readonly string[];
}

/**
 * The clusters whose areas overlap this one's. Two clusters with a member district in common
 * (1 and 2 both hold Phúc Yên) meet at the end of their segments, and their 2 km bands overlap
 * there: a place in that part is in both clusters, wholly (Kim Hoa IZ in 1 and 2).
 */
function sharedWith(cluster: ClusterFact, area: Area, areas: readonly Area[]): SharedArea[] {
  return CLUSTERS.flatMap((other, k) => {
    if (other === cluster) return [];
    // polyclip-ts: martinez fails on these two clip results' shared edges.
    const overlap = polyclip.intersection(
      area.coordinates as polyclip.Geom,
      areas[k]!.coordinates as polyclip.Geom,
    );
    const squareMetres = areaSquareMetres({ type: 'MultiPolygon', coordinates: overlap });
    const hectares = Math.round(squareMetres / 10_000);
    if (hectares === 0) return [];
    const mine = new Set([...cluster.membersHanoi, ...cluster.membersVinhphuc]);
    const districts = [...other.membersHanoi, ...other.membersVinhphuc].filter((d) => mine.has(d));
    return [{ other, hectares, districts }];
  });
}

/** The note's sentence on the clusters that share part of this one's area. */
function sharedNote(shared: readonly SharedArea[]): Note {
  if (shared.length === 0) return { vi: '', en: '' };
  const vi = shared.map(
    ({ other, hectares, districts }) =>
      `cụm ${other.no} (${hectares.toLocaleString('vi-VN')} ha, ở ${districts.join(', ')})`,
  );
  const en = shared.map(
    ({ other, hectares, districts }) =>
      `cluster ${other.no}'s (${hectares.toLocaleString('en-GB')} ha, in ${districts.join(', ')})`,
  );
  return {
    vi: `Địa bàn chồng lấn với ${vi.join(' và ')}, nơi các đoạn ranh giới gặp nhau và các dải 2 km phủ lên nhau: đối tượng nằm ở phần đó thuộc cả hai cụm, nên có thể được tính đủ 100 % cho mỗi cụm.`,
    en: `Its area overlaps ${en.join(' and ')}, where the border segments meet and the 2 km bands cover each other: a feature there is in both clusters, so it can count 100 % in each.`,
  };
}

function clusterFeature(cluster: ClusterFact, area: Area, shared: readonly SharedArea[]): Feature {
  const pair = `${cluster.membersHanoi.join(' / ')} – ${cluster.membersVinhphuc.join(' / ')}`;
  return feature(
    `cluster-${cluster.no}`,
    {
      name: `Cụm liên kết an ninh trật tự số ${cluster.no}: ${pair}`,
      name_en: `Joint security cluster ${cluster.no}: ${pair}`,
      source: SOURCE,
      accuracy: 'indicative',
      accuracy_m: CLUSTER_BAND_KM * 1000,
      ...noteProperties(
        joinNotes(
          {
            vi: `Cách nhóm mang tính minh họa: nguồn nêu sáu cụm nhưng không nêu thành viên hay địa bàn. Đoạn ranh giới ${cluster.segments.join(' và ')} (${String(cluster.segmentKm).replace('.', ',')} km${cluster.river ? `, ${cluster.river.vi}` : ''}). Các huyện thành viên là đơn vị năm 2019, đã bị bãi bỏ từ 1/7/2025.`,
            en: `Illustrative grouping: the source names six clusters but not their members or areas. Border segment${cluster.segments.length > 1 ? 's' : ''} ${cluster.segments.join(' and ')} (${cluster.segmentKm} km${cluster.river ? `, ${cluster.river.en}` : ''}). Member districts are the 2019 units, abolished on 1 July 2025.`,
          },
          ...(shared.length > 0 ? [sharedNote(shared)] : []),
        ),
      ),
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
