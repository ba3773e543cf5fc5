import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, Position } from 'geojson';

export type Province = 'hanoi' | 'vinhphuc';

export interface District {
  /** GSO district code, e.g. "250". */
  code: string;
  /** Official name with its unit word: "Huyện Mê Linh". */
  name: string;
  /** Name without the unit word: "Mê Linh". */
  shortName: string;
  nameEn: string;
  province: Province;
  /** Province as written in 2019: "Thành phố Hà Nội" or "Tỉnh Vĩnh Phúc". */
  province2019: string;
  /** Source description of the geometry. */
  source: string;
  polygon: Polygon;
}

/** The 2019 district polygons, copied from the shared facts (see data/sources/README.md). */
export const DISTRICTS_FILE = new URL('../../data/sources/districts-2019.geojson', import.meta.url);

const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['Huyện ', 'District'],
  ['Thành phố ', 'City'],
  ['Thị xã ', 'Town'],
];

export function loadDistricts(): District[] {
  const collection = JSON.parse(readFileSync(DISTRICTS_FILE, 'utf8')) as FeatureCollection;
  return collection.features.map((feature) => {
    const props = feature.properties ?? {};
    if (feature.geometry.type !== 'Polygon')
      throw new Error(`district ${props.code}: not a Polygon`);
    const name = String(props.name);
    const unit = UNIT_WORDS.find(([prefix]) => name.startsWith(prefix));
    if (!unit) throw new Error(`district ${name}: unknown unit word`);
    const shortName = name.slice(unit[0].length);
    const province2019 = String(props.province_2019);
    return {
      code: String(props.code),
      name,
      shortName,
      nameEn: `${shortName} ${unit[1]}`,
      province: province2019.includes('Hà Nội') ? 'hanoi' : 'vinhphuc',
      province2019,
      source: String(props.source),
      polygon: feature.geometry,
    };
  });
}

export function districtByShortName(districts: readonly District[], shortName: string): District {
  const found = districts.find((district) => district.shortName === shortName);
  if (!found) throw new Error(`no district named ${shortName}`);
  return found;
}

export function exteriorRing(district: District): Position[] {
  return district.polygon.coordinates[0]!;
}
