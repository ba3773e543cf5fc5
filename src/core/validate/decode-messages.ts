import type { Lang } from '../i18n/messages.ts';
import type { LegacyVietnamese } from '../legacy-text/types.ts';

const LEGACY_NAMES: Record<LegacyVietnamese, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'windows-1258': 'Windows-1258',
};

const LEGACY_CONVERT: Record<LegacyVietnamese, Record<Lang, string>> = {
  tcvn3: {
    en: "convert it to Unicode UTF-8 (e.g. UniKey's converter, TCVN3 (ABC) → Unicode)",
    vi: 'hãy chuyển sang Unicode UTF-8 (ví dụ công cụ chuyển mã của UniKey, TCVN3 (ABC) → Unicode)',
  },
  vni: {
    en: "convert it to Unicode UTF-8 (e.g. UniKey's converter, VNI Windows → Unicode)",
    vi: 'hãy chuyển sang Unicode UTF-8 (ví dụ công cụ chuyển mã của UniKey, VNI Windows → Unicode)',
  },
  'windows-1258': {
    en: 'convert it to UTF-8: iconv -f CP1258 -t UTF-8 IN > OUT',
    vi: 'hãy chuyển sang UTF-8: iconv -f CP1258 -t UTF-8 VÀO > RA',
  },
};

/** The rule each finding about bytes enforces, named after its message as the validator does. */
export const DECODE_RULES: Readonly<Record<string, string>> = {
  'encoding-not-utf8': 'RFC 8259 §8.1',
  'encoding-utf16': 'RFC 8259 §8.1',
  'encoding-utf32': 'RFC 8259 §8.1',
  'geojson-seq': 'RFC 7946 §2',
};

/** The words of the findings about a file's bytes, in both languages. */
export const DECODE_MESSAGES = {
  notUtf8(lang: Lang, byte: number, legacy: LegacyVietnamese | undefined): string {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (lang === 'vi') {
      const head = `tệp không phải UTF-8 hợp lệ: byte ${hex} không mở đầu ký tự UTF-8 nào`;
      const rest = legacy
        ? `; có vẻ là bảng mã tiếng Việt cũ ${LEGACY_NAMES[legacy]}: ${LEGACY_CONVERT[legacy].vi}`
        : '; hãy lưu lại tệp dưới dạng UTF-8';
      return `${head}${rest}. Các kiểm tra khác đọc byte hỏng là �.`;
    }
    const head = `the file is not valid UTF-8: byte ${hex} starts no UTF-8 character`;
    const rest = legacy
      ? `; it looks like the legacy Vietnamese encoding ${LEGACY_NAMES[legacy]}: ${LEGACY_CONVERT[legacy].en}`
      : '; save it as UTF-8';
    return `${head}${rest}. The other checks read the bad bytes as �.`;
  },
  utf16(lang: Lang, endian: 'little' | 'big', bom: boolean): string {
    if (lang === 'vi') {
      const how = `UTF-16 ${endian === 'little' ? 'little-endian' : 'big-endian'}${bom ? ', có BOM' : ''}`;
      return `tệp mã hóa ${how}; JSON phải là UTF-8 và nhiều công cụ sẽ từ chối tệp này. Đã đọc dưới dạng UTF-16 cho các kiểm tra khác; hãy chuyển mã: iconv -f UTF-16 -t UTF-8 VÀO > RA`;
    }
    const how = `UTF-16 ${endian}-endian${bom ? ' with a byte-order mark' : ''}`;
    return `the file is ${how}; JSON must be UTF-8 and many tools refuse it. It was read as UTF-16 for the other checks; convert it: iconv -f UTF-16 -t UTF-8 IN > OUT`;
  },
  utf32(lang: Lang): string {
    return lang === 'vi'
      ? 'tệp mã hóa UTF-32, không đọc được; JSON phải là UTF-8: iconv -f UTF-32 -t UTF-8 VÀO > RA'
      : 'the file is UTF-32 and was not read; JSON must be UTF-8: iconv -f UTF-32 -t UTF-8 IN > OUT';
  },
  gzip(lang: Lang): string {
    return lang === 'vi'
      ? 'đây là tệp nén gzip, không phải GeoJSON: hãy giải nén trước (gunzip -k TỆP.gz)'
      : 'this is gzip, not GeoJSON: gunzip it first (gunzip -k FILE.gz)';
  },
  zip(lang: Lang): string {
    return lang === 'vi'
      ? 'đây là tệp nén ZIP (có thể là shapefile nén hoặc KMZ), không phải GeoJSON: hãy giải nén trước'
      : 'this is a ZIP archive (a zipped shapefile or a KMZ?), not GeoJSON: unzip it first';
  },
  geojsonSeq(lang: Lang, separator: 'record-separator' | 'newline'): string {
    const how =
      separator === 'record-separator'
        ? {
            en: 'records start with the RS character 0x1E',
            vi: 'mỗi bản ghi mở đầu bằng ký tự RS 0x1E',
          }
        : { en: 'one feature per line', vi: 'mỗi dòng một đối tượng' };
    return lang === 'vi'
      ? `đây là chuỗi GeoJSON (GeoJSONSeq, RFC 8142: ${how.vi}, như GDAL ghi *.geojsonl / *.geojsons), không phải một tài liệu GeoJSON; hãy chuyển sang FeatureCollection: ogr2ogr -f GeoJSON RA.geojson VÀO.geojsonl`
      : `this is a GeoJSON text sequence (GeoJSONSeq, RFC 8142: ${how.en}, as GDAL writes *.geojsonl / *.geojsons), not one GeoJSON document; convert it to a FeatureCollection: ogr2ogr -f GeoJSON out.geojson in.geojsonl`;
  },
  tooLarge(lang: Lang, bytes: number, limit: number): string {
    const size = (n: number) => `${Math.round(n / 1e6).toLocaleString('en')} MB`;
    return lang === 'vi'
      ? `tệp ${size(bytes)} quá lớn để kiểm tra trong một lần (tối đa ${size(limit)}, giới hạn chuỗi của JavaScript); hãy tách tệp`
      : `the file is ${size(bytes)}, too large to check in one piece (at most ${size(limit)}, a JavaScript string's limit); split it`;
  },
} as const;
