import { describe, expect, it } from 'vitest';
import { adminFrameRows } from '../../src/core/format/adminFrameText.ts';

describe('the 2019/2025 frame rows of the inspector', () => {
  const props = {
    name: 'Quốc lộ 2 (QL2)',
    districts_2019: ['Huyện Sóc Sơn', 'Thành phố Phúc Yên'],
    communes_2025: ['Phường Phúc Yên', 'Xã Nội Bài'],
    commune_codes_2025: ['08869', '00376'],
    provinces_2025: ['Thành phố Hà Nội', 'Tỉnh Phú Thọ'],
  };

  it('labels the 2019 districts, the 2025 communes with their codes, and the provinces in Vietnamese', () => {
    expect(adminFrameRows(props, 'vi')).toEqual([
      {
        key: 'districts_2019',
        label: 'Huyện (2019)',
        value: 'Huyện Sóc Sơn, Thành phố Phúc Yên',
      },
      {
        key: 'communes_2025',
        label: 'Xã, phường (từ 1/7/2025)',
        value: 'Phường Phúc Yên (08869), Xã Nội Bài (00376)',
      },
      {
        key: 'provinces_2025',
        label: 'Tỉnh, thành phố (từ 1/7/2025)',
        value: 'Thành phố Hà Nội, Tỉnh Phú Thọ',
      },
    ]);
  });

  it('labels them in English', () => {
    expect(adminFrameRows(props, 'en').map((row) => row.label)).toEqual([
      'District(s) (2019)',
      'Commune(s) (since 1 July 2025)',
      'Province(s) (since 1 July 2025)',
    ]);
  });

  it('leaves out what a feature does not have, such as an imported one', () => {
    expect(adminFrameRows({ name: 'x', districts_2019: [] }, 'en')).toEqual([]);
    expect(adminFrameRows(null, 'vi')).toEqual([]);
  });
});
