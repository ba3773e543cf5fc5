import type { NamedCheck } from './check-spec.ts';

const ZONES = { layerId: 'industrial-zones' };
const RING_ROAD_5 = { layerId: 'ring-road-5' };
const CLUSTERS = { layerId: 'security-clusters' };
const PROVINCIAL_BORDER = {
  layerId: 'boundaries',
  where: { property: 'kind', equals: ['provincial-border'] },
};

/** One-click checks for the questions planners ask most. */
export const PRESET_CHECKS: readonly NamedCheck[] = [
  {
    id: 'preset-zones-rr5-500m',
    name: {
      vi: 'KCN trong hành lang 500 m của Vành đai 5',
      en: 'Industrial zones within 500 m of Ring Road 5',
    },
    spec: { kind: 'overlap', a: ZONES, b: { corridorOf: RING_ROAD_5, distanceMeters: 500 } },
  },
  {
    id: 'preset-zones-nearest-rr5',
    name: {
      vi: 'Khoảng cách từ mỗi KCN tới Vành đai 5',
      en: 'Distance from each industrial zone to Ring Road 5',
    },
    spec: { kind: 'nearest', from: ZONES, to: RING_ROAD_5 },
  },
  {
    id: 'preset-zones-cross-border',
    name: {
      vi: 'KCN nằm trên hoặc gần ranh giới tỉnh (0 m = cắt qua)',
      en: 'Industrial zones on or near the provincial border (0 m = crossing)',
    },
    spec: { kind: 'nearest', from: ZONES, to: PROVINCIAL_BORDER },
  },
  {
    id: 'preset-clusters-nearest-zone',
    name: {
      vi: 'KCN gần nhất của mỗi cụm liên kết an ninh',
      en: 'Nearest industrial zone to each security cluster',
    },
    spec: { kind: 'nearest', from: CLUSTERS, to: ZONES },
  },
  {
    id: 'preset-cluster-coverage',
    name: {
      vi: 'Cụm liên kết an ninh bao phủ các KCN',
      en: 'Security-cluster coverage of industrial zones',
    },
    spec: { kind: 'overlap', a: ZONES, b: CLUSTERS },
  },
  {
    id: 'preset-rr5-corridor-500m',
    name: {
      vi: 'Hành lang quy hoạch 500 m của Vành đai 5',
      en: 'Ring Road 5 planning corridor, 500 m',
    },
    spec: { kind: 'corridor', of: RING_ROAD_5, distanceMeters: 500 },
  },
];
