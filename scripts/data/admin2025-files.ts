import type { Feature, FeatureCollection } from 'geojson';
import { feature } from './feature.ts';

const CREDIT =
  'Đơn vị hành chính 2025: sapnhap.bando.com.vn (NXB Tài nguyên Môi trường và Bản đồ), qua GitHub thanglequoc/vietnamese-provinces-database (commit cd58063); the publisher gives no open licence';

/**
 * The 2025 communes and wards touching the study box, as bundled: code, names, province, area
 * and the pre-2025 communes each was formed from (a list), on the topology-kept simplified
 * outlines (8 % of the vertices).
 */
export function communes2025File(source: FeatureCollection): Feature[] {
  return source.features.map((f) => {
    const p = f.properties ?? {};
    return feature(
      String(p.code),
      {
        code: String(p.code),
        name: String(p.name),
        full_name: String(p.fullName),
        name_en: String(p.nameEn),
        province: String(p.province),
        area_km2: Number(p.areaKm2),
        formed_from: splitFormedFrom(String(p.formedFrom ?? '')),
        source: CREDIT,
      },
      f.geometry,
    );
  });
}

/**
 * What the 2025 provinces were formed from, where the facts say (geo-facts §7, NQ 202/2025/QH15:
 * Vĩnh Phúc, Hòa Bình and Phú Thọ merged into the new Phú Thọ; Hà Nội unchanged).
 */
const FORMED_FROM: Record<string, string[]> = {
  'Hà Nội': ['Thành phố Hà Nội'],
  'Phú Thọ': ['Tỉnh Phú Thọ', 'Tỉnh Vĩnh Phúc', 'Tỉnh Hòa Bình'],
};

/** The 2025 provinces touching the study box, whole outlines, with codes and names. */
export function provinces2025File(source: FeatureCollection): Feature[] {
  return source.features.map((f) => {
    const p = f.properties ?? {};
    const name = String(p.name);
    return feature(
      String(p.code),
      {
        code: String(p.code),
        name,
        full_name: String(p.fullName),
        area_km2: Number(p.areaKm2),
        formed_from: FORMED_FROM[name],
        source: CREDIT,
      },
      f.geometry,
    );
  });
}

/** "A, B (phần còn lại …), C" → ["A", "B (phần còn lại …)", "C"]: commas inside brackets kept. */
export function splitFormedFrom(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
