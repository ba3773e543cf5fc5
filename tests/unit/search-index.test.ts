import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/core/search/search-index.ts';
import { searchRecordOf, searchRecordsOf } from '../../src/core/search/search-record.ts';

const feature = (id: string, properties: Record<string, unknown>): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'Point', coordinates: [105.7, 21.2] },
});

const collections: Record<string, GeoJSON.FeatureCollection> = {
  'ring-road-5': {
    type: 'FeatureCollection',
    features: [
      feature('rr5-vinh-phuc', {
        name: 'Đường Vành đai 5 Vùng Thủ đô, đoạn qua Vĩnh Phúc',
        name_en: 'Ring Road 5, Vĩnh Phúc section',
        status: 'planned',
      }),
      feature('rr5-vinh-thinh-bridge', { name: 'Cầu Vĩnh Thịnh', name_en: 'Vĩnh Thịnh bridge' }),
    ],
  },
  'me-linh-axis-roads': {
    type: 'FeatureCollection',
    features: [
      feature('road-ql2', { name: 'Quốc lộ 2 (QL2)', name_en: 'National Road 2 (QL2)' }),
      feature('road-me-linh-axis', { name: 'Đường trục trung tâm khu đô thị Mê Linh' }),
    ],
  },
  'industrial-zones': {
    type: 'FeatureCollection',
    features: [
      feature('iz-quang-minh', {
        name: 'Khu công nghiệp Quang Minh',
        name_en: 'Quang Minh Industrial Park',
        source: 'baomoi.net.vn: land misuse in Quang Minh IZ, Vành đai 5 nearby',
        status: 'operating',
      }),
    ],
  },
  boundaries: {
    type: 'FeatureCollection',
    features: [feature('district-250', { name: 'Huyện Mê Linh', name_en: 'Mê Linh District' })],
  },
};

const index = new SearchIndex(searchRecordsOf(collections));
const keysFor = (query: string) => index.search(query).map((hit) => hit.record.featureKey);

describe('SearchIndex', () => {
  it('finds Vành đai 5 however its diacritics are typed', () => {
    for (const query of ['vanh dai 5', 'Vành đai 5', 'VANH ĐAI 5', 'VÀNH ĐAI 5']) {
      expect(keysFor(query)[0]).toBe('rr5-vinh-phuc');
    }
  });

  it('finds features by abbreviation: VĐ5, VD5, QL2, KCN, H.', () => {
    expect(keysFor('VĐ5')[0]).toBe('rr5-vinh-phuc');
    expect(keysFor('VD5')[0]).toBe('rr5-vinh-phuc');
    expect(keysFor('QL2')[0]).toBe('road-ql2');
    expect(keysFor('quoc lo 2')[0]).toBe('road-ql2');
    expect(keysFor('KCN Quang Minh')).toEqual(['iz-quang-minh']);
    expect(keysFor('H. Mê Linh')).toEqual(['district-250']);
  });

  it('tolerates one typo in a word, but not two', () => {
    expect(keysFor('Quang Mihn')).toEqual(['iz-quang-minh']);
    expect(keysFor('thinh brigde')).toEqual(['rr5-vinh-thinh-bridge']);
    expect(keysFor('Quang Mnih')).toEqual(['iz-quang-minh']);
    expect(keysFor('Qaung Mnhi')).toEqual([]);
  });

  it('matches the unfinished last word as a prefix', () => {
    expect(keysFor('vinh thi')[0]).toBe('rr5-vinh-thinh-bridge');
    expect(keysFor('cau vinh thi')).toEqual(['rr5-vinh-thinh-bridge']);
  });

  it('finds features by id and English name, and searches short properties but not sources', () => {
    expect(keysFor('district-250')).toEqual(['district-250']);
    expect(keysFor('industrial park')).toEqual(['iz-quang-minh']);
    expect(keysFor('operating')).toEqual(['iz-quang-minh']);
    expect(keysFor('đang hoạt động')).toEqual(['iz-quang-minh']);
    expect(keysFor('baomoi')).toEqual([]);
  });

  it('ranks names over other properties and exact words over typos', () => {
    const hits = index.search('mê linh');
    expect(hits.map((hit) => hit.record.featureKey)).toEqual(['district-250', 'road-me-linh-axis']);
  });

  it('labels a feature without a name by its key', () => {
    const record = searchRecordOf(
      'dykes',
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105, 21] } },
      3,
    );
    expect(record.label).toEqual({ vi: '#3', en: '#3' });
  });
});
