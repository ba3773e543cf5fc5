import { withCommon } from './schema.ts';
import type { LayerDef } from './types.ts';

const geojson = (id: string) => ({ kind: 'geojson', file: `${id}.geojson` }) as const;

/**
 * Every layer Giáp Ranh knows, in one place. The map style, the legend, the layer panel, the
 * validator and the editor all read this list, so a layer is added here and nowhere else.
 */
export const LAYERS: readonly LayerDef[] = [
  {
    id: 'boundaries',
    title: { vi: 'Địa giới hành chính (2019)', en: 'Administrative boundaries (2019)' },
    description: {
      vi: '16 huyện, thị xã, thành phố năm 2019 và ranh giới tỉnh Hà Nội – Vĩnh Phúc',
      en: 'The 16 districts of 2019 and the Hà Nội – Vĩnh Phúc provincial boundary',
    },
    geometryTypes: ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'],
    properties: withCommon({
      kind: {
        type: 'string',
        required: true,
        values: ['district', 'provincial-border', 'border-segment'],
        description: 'what the feature is',
      },
      province_2019: { type: 'string', required: false, description: 'province as of 2019' },
      district_code: { type: 'string', required: false, description: 'GSO district code' },
      length_km: { type: 'number', required: false, min: 0, description: 'stated length, km' },
      hanoi_side: { type: 'string', required: false, description: 'Hà Nội district on the border' },
      vinhphuc_side: {
        type: 'string',
        required: false,
        description: 'Vĩnh Phúc district on the border',
      },
    }),
    style: {
      // Indigo, not mauve: with red-green colour blindness mauve reads as the context layer's
      // blue (tests/unit/palette-colour-vision.test.ts).
      color: '#312e81',
      fillOpacity: 0,
      lineWidthPx: 1.2,
      lineDash: [3, 2],
      // No labels: the basemap already names every district.
    },
    order: 10,
    source: geojson('boundaries'),
    visibleByDefault: true,
    editable: false,
    readOnlyReason: {
      vi: 'Địa giới năm 2019 là hồ sơ lịch sử: các huyện đã bị bãi bỏ từ 1/7/2025, không sửa',
      en: 'The 2019 boundaries are a historical record: districts were abolished on 1 July 2025',
    },
  },
  {
    id: 'context',
    title: { vi: 'Bối cảnh', en: 'Context' },
    description: {
      vi: 'Sông Hồng, sân bay Nội Bài, đô thị, hồ Đại Lải, Tam Đảo',
      en: 'Red River, Nội Bài airport, towns, Đại Lải lake, Tam Đảo',
    },
    geometryTypes: ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
    properties: withCommon({
      kind: {
        type: 'string',
        required: true,
        values: ['river', 'airport', 'town', 'lake', 'mountain', 'bridge'],
        description: 'what the feature is',
      },
    }),
    style: {
      color: '#2f6f8f',
      fillOpacity: 0.25,
      lineWidthPx: 2,
      circleRadiusPx: 4,
      labelProperty: 'name',
    },
    order: 20,
    source: geojson('context'),
    visibleByDefault: true,
    role: 'reference',
  },
  {
    id: 'security-clusters',
    title: {
      vi: 'Cụm liên kết bảo đảm an ninh trật tự vùng giáp ranh',
      en: 'Joint border security clusters',
    },
    description: {
      vi: 'Sáu cụm liên kết; cách nhóm theo đoạn ranh giới chỉ mang tính minh họa',
      en: 'The six joint clusters; grouping by border segment is illustrative',
    },
    geometryTypes: ['Polygon', 'MultiPolygon'],
    properties: withCommon({
      cluster_no: { type: 'number', required: true, min: 1, max: 6, description: 'cluster number' },
      members_hanoi: { type: 'string[]', required: true, description: 'Hà Nội member districts' },
      members_vinhphuc: {
        type: 'string[]',
        required: true,
        description: 'Vĩnh Phúc member districts',
      },
      segment_km: { type: 'number', required: true, min: 0, description: 'border segment, km' },
    }),
    style: { color: '#c2410c', fillOpacity: 0.12, lineWidthPx: 1.5, labelProperty: 'name' },
    order: 30,
    source: geojson('security-clusters'),
    visibleByDefault: true,
  },
  {
    id: 'industrial-zones',
    title: { vi: 'Khu công nghiệp', en: 'Industrial zones' },
    description: {
      vi: 'Khu công nghiệp gần ranh giới; ranh giới chỉ dẫn theo diện tích công bố',
      en: 'Industrial parks near the border; indicative footprints of the declared area',
    },
    geometryTypes: ['Polygon', 'MultiPolygon'],
    properties: withCommon({
      area_ha_declared: {
        type: 'number',
        required: false,
        min: 0,
        description: 'declared area, ha',
      },
      area_ha_footprint: {
        type: 'number',
        required: false,
        min: 0,
        description: 'ellipsoidal area of the drawn footprint, ha (beside the declared area)',
      },
      operator: { type: 'string', required: false, description: 'operator / investor' },
      operator_en: { type: 'string', required: false, description: 'the operator in English' },
      tenants: { type: 'string[]', required: false, description: 'known tenants' },
      tenants_en: { type: 'string[]', required: false, description: 'the tenants in English' },
      province_2019: { type: 'string', required: false, description: 'province as of 2019' },
      outline_match: {
        type: 'string',
        required: false,
        description: 'whether a 2018 OSM industrial landuse polygon matched the zone, and why',
      },
      outline_match_en: {
        type: 'string',
        required: false,
        description: 'the outline match in English',
      },
    }),
    style: {
      color: '#7c3aed',
      fillColor: '#a78bfa',
      fillOpacity: 0.45,
      lineWidthPx: 1.2,
      labelProperty: 'name',
    },
    order: 40,
    source: geojson('industrial-zones'),
    visibleByDefault: true,
  },
  {
    id: 'me-linh-axis-roads',
    title: { vi: 'Trục Mê Linh và đường kết nối', en: 'Mê Linh axis and connecting roads' },
    description: {
      vi: 'Đường trục trung tâm khu đô thị Mê Linh, QL2, QL23, cao tốc Nội Bài – Lào Cai…',
      en: 'The Mê Linh central axis road, QL2, QL23, Nội Bài – Lào Cai expressway…',
    },
    geometryTypes: ['LineString', 'MultiLineString'],
    properties: withCommon({
      road_class: {
        type: 'string',
        required: true,
        values: ['axis', 'national-road', 'expressway', 'urban-expressway', 'ring-road', 'railway'],
        description: 'road class',
      },
      length_km_stated: {
        type: 'number',
        required: false,
        min: 0,
        description: 'stated length, km',
      },
      width_m: { type: 'number', required: false, min: 0, description: 'right-of-way width, m' },
      lanes: { type: 'string', required: false, description: 'lane count as stated' },
      lanes_en: { type: 'string', required: false, description: 'the lane count in English' },
    }),
    style: {
      color: '#b45309',
      lineWidthPx: 3,
      dashWhen: { property: 'status', equals: ['planned', 'under-construction'], dash: [2, 1.5] },
      labelProperty: 'name',
    },
    order: 50,
    source: geojson('me-linh-axis-roads'),
    visibleByDefault: true,
  },
  {
    id: 'ring-road-5',
    title: { vi: 'Đường Vành đai 5 Vùng Thủ đô', en: 'Ring Road 5 (Capital Region)' },
    description: {
      vi: 'QĐ 561/QĐ-TTg (18/4/2014); đoạn qua Vĩnh Phúc là hành lang sơ đồ',
      en: 'Decision 561/QĐ-TTg (18 Apr 2014); the Vĩnh Phúc section is a schematic corridor',
    },
    geometryTypes: ['LineString', 'MultiLineString'],
    properties: withCommon({
      length_km_stated: {
        type: 'number',
        required: false,
        min: 0,
        description: 'stated length, km',
      },
      width_m_min: { type: 'number', required: false, min: 0, description: 'roadbed min width, m' },
      width_m_max: { type: 'number', required: false, min: 0, description: 'roadbed max width, m' },
      lanes: { type: 'string', required: false, description: 'lane count as stated' },
      lanes_en: { type: 'string', required: false, description: 'the lane count in English' },
    }),
    style: {
      // A dark red: a bright red and the Mê Linh roads' amber look alike to a deuteranope.
      color: '#991b1b',
      lineWidthPx: 4,
      dashWhen: { property: 'accuracy', equals: ['schematic'], dash: [2, 1.5] },
      labelProperty: 'name',
    },
    order: 60,
    source: geojson('ring-road-5'),
    visibleByDefault: true,
  },
  {
    id: 'monitoring-stations',
    title: { vi: 'Trạm quan trắc môi trường', en: 'Environmental monitoring stations' },
    description: {
      vi: 'Quan trắc môi trường chung vùng giáp ranh',
      en: 'Shared environmental monitoring in the border region',
    },
    geometryTypes: ['Point', 'MultiPoint'],
    properties: withCommon({
      parameters: { type: 'string[]', required: false, description: 'what is measured' },
      operator: { type: 'string', required: false, description: 'who runs the station' },
      operator_en: { type: 'string', required: false, description: 'the operator in English' },
    }),
    style: { color: '#059669', lineWidthPx: 1, circleRadiusPx: 5 },
    order: 70,
    source: geojson('monitoring-stations'),
    emptyHint: {
      vi: 'Chưa có vị trí trạm công khai. Nhập một tệp vị trí trạm (GeoJSON, KML, CSV, Shapefile…; WGS84 hoặc VN-2000) để điền lớp này:',
      en: 'No public station positions exist yet. Import a file of the stations (GeoJSON, KML, CSV, Shapefile…; WGS84 or VN-2000) to fill this layer:',
    },
    visibleByDefault: true,
  },
  {
    id: 'green-corridors',
    title: { vi: 'Vành đai xanh, hành lang xanh', en: 'Green belt and green corridors' },
    description: {
      vi: 'Hành lang xanh theo QĐ 1259/QĐ-TTg (2011)',
      en: 'Green corridors of Decision 1259/QĐ-TTg (2011)',
    },
    geometryTypes: ['Polygon', 'MultiPolygon'],
    properties: withCommon({}),
    style: { color: '#15803d', fillOpacity: 0.2, lineWidthPx: 1 },
    order: 5,
    source: geojson('green-corridors'),
    emptyHint: {
      vi: 'Chưa có ranh giới hành lang xanh công khai (QĐ 1259/QĐ-TTg chỉ nêu tỷ lệ 70 %, không có bản đồ số). Nhập một tệp quy hoạch (GeoJSON, KML, Shapefile…; WGS84 hoặc VN-2000) để điền lớp này:',
      en: 'No public geometry of the green corridors exists yet (Decision 1259/QĐ-TTg gives the 70 % share, no digital map). Import a plan file (GeoJSON, KML, Shapefile…; WGS84 or VN-2000) to fill this layer:',
    },
    visibleByDefault: true,
  },
  {
    id: 'dykes',
    title: { vi: 'Đê điều sông Hồng', en: 'Red River dykes' },
    description: {
      vi: 'Đê tả và hữu sông Hồng đoạn giáp ranh',
      en: 'Left- and right-bank Red River dykes along the border',
    },
    geometryTypes: ['LineString', 'MultiLineString'],
    properties: withCommon({
      bank: {
        type: 'string',
        required: false,
        values: ['left', 'right'],
        description: 'river bank',
      },
    }),
    style: { color: '#78716c', lineWidthPx: 2.5 },
    order: 25,
    source: geojson('dykes'),
    emptyHint: {
      vi: 'Chưa có tuyến đê công khai (tên, lý trình); dữ liệu OpenStreetMap 2018 cũng không có đê, và đường trên đê không tách được khỏi mạng đường. Nhập một tệp tuyến đê (GeoJSON, KML, Shapefile…; WGS84 hoặc VN-2000) để điền lớp này:',
      en: 'No public dyke alignment (names, chainage) was found; the 2018 OpenStreetMap extract has no dykes either, and the dyke-top roads cannot be told from the rest of the road network. Import a file of the dyke lines (GeoJSON, KML, Shapefile…; WGS84 or VN-2000) to fill this layer:',
    },
    visibleByDefault: true,
  },
];

const BY_ID = new Map(LAYERS.map((layer) => [layer.id, layer]));

export function getLayer(id: string): LayerDef | undefined {
  return BY_ID.get(id);
}

/** Layers in draw order, bottom first. */
export function layersInDrawOrder(): LayerDef[] {
  return [...LAYERS].sort((a, b) => a.order - b.order);
}

/** The layer a bundled file belongs to, from its file name (`industrial-zones.geojson`). */
export function layerForFileName(fileName: string): LayerDef | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return LAYERS.find((layer) => layer.source.kind === 'geojson' && layer.source.file === base);
}
