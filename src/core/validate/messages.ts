import type { Lang } from '../i18n/messages.ts';

/** Values a message is built from, already rendered as text (quotes from the file included). */
export type MessageParams = Readonly<Record<string, string | number>>;

type Text = (p: MessageParams) => string;

/** One kind of message: its finding code, the rule it enforces, and its words in each language. */
export interface MessageSpec {
  /** The finding code; the message key itself when absent. */
  code?: string;
  /** The rule, e.g. `RFC 7946 §3.1.6`; absent for the project's own rules (layers, region). */
  rule?: string;
  en: Text;
  vi: Text;
}

const RFC = 'RFC 7946';
const OGC_POLYGON = 'OGC 06-103r4 §6.1.11.1';
const OGC_MULTIPOLYGON = 'OGC 06-103r4 §6.1.14.1';

/** "the exterior ring" / "hole 2", from a ring index (0 is the exterior ring). */
const ringEn = (p: MessageParams) => (p.ring === 0 ? 'exterior ring' : `hole ${p.ring}`);
const ringVi = (p: MessageParams) => (p.ring === 0 ? 'vòng ngoài' : `lỗ ${p.ring}`);
const moreEn = (p: MessageParams) =>
  Number(p.more) > 0 ? ` (${p.more} more like this in this geometry)` : '';
const moreVi = (p: MessageParams) =>
  Number(p.more) > 0 ? ` (còn ${p.more} chỗ tương tự trong hình này)` : '';
const shareEn = (p: MessageParams) =>
  Number(p.total) > 1 ? ` ${p.far} of ${p.total} positions in this geometry are far outside.` : '';
const shareVi = (p: MessageParams) =>
  Number(p.total) > 1 ? ` ${p.far}/${p.total} vị trí của hình này nằm xa bên ngoài.` : '';
const runEn = (p: MessageParams) =>
  Number(p.count) > 1 ? `positions ${p.from}–${p.to} (${p.position} … ${p.last})` : p.position;
const runVi = (p: MessageParams) =>
  Number(p.count) > 1 ? `các vị trí ${p.from}–${p.to} (${p.position} … ${p.last})` : p.position;
const isEn = (p: MessageParams) => (Number(p.count) > 1 ? 'are' : 'is');
/** The layer's title in the message's language (its id for findings made before titles). */
const layerEn = (p: MessageParams) => p.layerEn ?? p.layer;
const layerVi = (p: MessageParams) => p.layerVi ?? p.layer;
/** `"English name" (name_en)`: the form's label, and the name the file uses when it differs. */
const propertyIn = (label: string | number | undefined, p: MessageParams) =>
  label === undefined || label === p.key ? `"${p.key}"` : `"${label}" (${p.key})`;
const propEn = (p: MessageParams) => propertyIn(p.labelEn, p);
const propVi = (p: MessageParams) => propertyIn(p.labelVi, p);
const REGION_EN = 'the Hà Nội – Vĩnh Phúc region';
const REGION_VI = 'vùng giáp ranh Hà Nội – Vĩnh Phúc';

/**
 * Every finding's message, in English and Vietnamese. Keys are message kinds; several kinds
 * can share one finding code (`position-invalid` has four wordings).
 */
export const VALIDATE_MESSAGES = {
  'json-syntax': {
    rule: `${RFC} §2`,
    en: (p) => `the file is not valid JSON: ${p.detail}`,
    vi: (p) => `tệp không phải JSON hợp lệ: ${p.detailVi ?? p.detail}`,
  },
  'byte-order-mark': {
    rule: 'RFC 8259 §8.1',
    en: () =>
      'the file starts with a byte-order mark (BOM); JSON texts must not carry one and some tools reject it (it is ignored here)',
    vi: () =>
      'tệp bắt đầu bằng dấu thứ tự byte (BOM); văn bản JSON không được có BOM và một số công cụ từ chối nó (ở đây bỏ qua)',
  },
  'document-not-object': {
    code: 'not-geojson',
    rule: `${RFC} §2`,
    en: (p) => `the file must hold a GeoJSON object, found ${p.found}`,
    vi: (p) => `tệp phải chứa một đối tượng GeoJSON, nhưng thấy ${p.found}`,
  },
  'document-type': {
    code: 'not-geojson',
    rule: `${RFC} §7`,
    en: (p) =>
      `not GeoJSON: the top-level "type" must be FeatureCollection, Feature or a geometry type, found ${p.found}`,
    vi: (p) =>
      `không phải GeoJSON: "type" ở gốc phải là FeatureCollection, Feature hoặc một kiểu hình học, nhưng thấy ${p.found}`,
  },
  'layer-not-collection': {
    en: (p) => `a file of the layer "${layerEn(p)}" must be a FeatureCollection, found ${p.found}`,
    vi: (p) => `tệp của lớp "${layerVi(p)}" phải là một FeatureCollection, nhưng thấy ${p.found}`,
  },
  'features-not-array': {
    rule: `${RFC} §3.3`,
    en: (p) => `a FeatureCollection needs a "features" array, found ${p.found}`,
    vi: (p) => `FeatureCollection cần một mảng "features", nhưng thấy ${p.found}`,
  },
  'feature-not-object': {
    rule: `${RFC} §3.3`,
    en: (p) => `a feature must be an object, found ${p.found}`,
    vi: (p) => `mỗi đối tượng địa lý phải là một object, nhưng thấy ${p.found}`,
  },
  'feature-type': {
    rule: `${RFC} §3.3`,
    en: (p) => `a feature's "type" must be "Feature", found ${p.found}`,
    vi: (p) => `"type" của đối tượng địa lý phải là "Feature", nhưng thấy ${p.found}`,
  },
  'member-not-allowed': {
    rule: `${RFC} §7.1`,
    en: (p) =>
      `a ${p.owner} must not have a "${p.member}" member: it belongs to ${p.belongs} objects, so other tools would read this object as something else`,
    vi: (p) =>
      `${p.owner} không được có thành phần "${p.member}": nó thuộc về đối tượng ${p.belongs}, nên công cụ khác sẽ hiểu sai đối tượng này`,
  },
  'id-missing': {
    en: (p) =>
      `features of the layer "${layerEn(p)}" need a top-level "id", a stable readable string unique across all layers`,
    vi: (p) =>
      `đối tượng của lớp "${layerVi(p)}" cần một "id" ở cấp cao nhất: một chuỗi dễ đọc, ổn định, không trùng trong mọi lớp`,
  },
  'id-invalid': {
    rule: `${RFC} §3.2`,
    en: (p) => `"id" must be a string or a number, found ${p.found}`,
    vi: (p) => `"id" phải là chuỗi hoặc số, nhưng thấy ${p.found}`,
  },
  'duplicate-id': {
    en: (p) =>
      p.earlier === p.id
        ? `the id ${p.id} is already used by features[${p.first}] in this file`
        : `the id ${p.id} is already used by features[${p.first}] in this file, written ${p.earlier} there: most tools read both as the same id`,
    vi: (p) =>
      p.earlier === p.id
        ? `id ${p.id} đã được features[${p.first}] dùng trong tệp này`
        : `id ${p.id} đã được features[${p.first}] dùng trong tệp này, ở đó viết là ${p.earlier}: đa số công cụ coi hai cách viết là cùng một id`,
  },
  'duplicate-id-across-files': {
    code: 'duplicate-id-across-files',
    en: (p) => `the id ${p.id} is also used by features[${p.first}] in ${p.file}`,
    vi: (p) => `id ${p.id} cũng được features[${p.first}] dùng trong ${p.file}`,
  },
  'id-on-map': {
    code: 'duplicate-id',
    en: (p) =>
      `id ${p.id} is already used by a feature on the map; give the imported feature another id`,
    vi: (p) =>
      `id ${p.id} đã được một đối tượng trên bản đồ dùng; hãy đặt id khác cho đối tượng nhập vào`,
  },
  'id-on-read-only-layer': {
    code: 'duplicate-id',
    en: (p) =>
      `id ${p.id} belongs to a feature of a read-only layer, which an import cannot replace; import the file as copies with new ids`,
    vi: (p) =>
      `id ${p.id} thuộc một đối tượng của lớp chỉ đọc, tệp nhập vào không thể thay nó; hãy nhập tệp thành bản sao với mã mới`,
  },
  'duplicate-key': {
    rule: 'RFC 8259 §4',
    en: (p) =>
      `the key "${p.key}" appears twice in this object (first at line ${p.firstLine}); tools disagree on which value counts${p.geojson ? ', and it is a GeoJSON member' : ''}`,
    vi: (p) =>
      `khóa "${p.key}" xuất hiện hai lần trong object này (lần đầu ở dòng ${p.firstLine}); các công cụ không thống nhất giá trị nào được dùng${p.geojson ? ', và đây là thành phần của GeoJSON' : ''}`,
  },
  'properties-missing': {
    rule: `${RFC} §3.2`,
    en: () => 'a feature needs a "properties" member (an object, or null)',
    vi: () => 'đối tượng địa lý cần thành phần "properties" (một object, hoặc null)',
  },
  'properties-not-object': {
    rule: `${RFC} §3.2`,
    en: (p) => `"properties" must be an object or null, found ${p.found}`,
    vi: (p) => `"properties" phải là object hoặc null, nhưng thấy ${p.found}`,
  },
  'geometry-missing': {
    rule: `${RFC} §3.2`,
    en: () => 'a feature needs a "geometry" member (a geometry object, or null)',
    vi: () => 'đối tượng địa lý cần thành phần "geometry" (một hình học, hoặc null)',
  },
  'geometry-null': {
    en: () => 'the feature has no geometry (null): it is kept, but not drawn on the map',
    vi: () => 'đối tượng không có hình học (null): vẫn được giữ nhưng không vẽ lên bản đồ',
  },
  'geometry-not-object': {
    rule: `${RFC} §3.1`,
    en: (p) => `a geometry must be an object, found ${p.found}`,
    vi: (p) => `hình học phải là một object, nhưng thấy ${p.found}`,
  },
  'geometry-type': {
    rule: `${RFC} §3.1`,
    en: (p) =>
      `geometry "type" must be one of ${p.types}; ${p.found === undefined ? 'it has none' : `found ${p.found}`}`,
    vi: (p) =>
      `"type" của hình học phải là một trong ${p.types}; ${p.found === undefined ? 'nhưng không có' : `nhưng thấy ${p.found}`}`,
  },
  'coordinates-not-array': {
    rule: `${RFC} §3.1`,
    en: (p) => `a ${p.type} needs a "coordinates" array, found ${p.found}`,
    vi: (p) => `${p.type} cần một mảng "coordinates", nhưng thấy ${p.found}`,
  },
  'geometries-not-array': {
    rule: `${RFC} §3.1.8`,
    en: (p) => `a GeometryCollection needs a "geometries" array, found ${p.found}`,
    vi: (p) => `GeometryCollection cần một mảng "geometries", nhưng thấy ${p.found}`,
  },
  'geometry-collection-nested': {
    rule: `${RFC} §3.1.8`,
    en: () =>
      'a GeometryCollection inside a GeometryCollection: RFC 7946 asks to avoid nesting them, for interoperability',
    vi: () =>
      'GeometryCollection lồng trong GeometryCollection: RFC 7946 khuyên tránh lồng nhau để các công cụ đọc được',
  },
  'nesting-too-deep': {
    en: (p) =>
      `nested more than ${p.limit} levels deep: no GeoJSON needs this, so it is not read further`,
    vi: (p) =>
      `lồng sâu hơn ${p.limit} cấp: GeoJSON không cần như vậy nên phần này không được đọc tiếp`,
  },
  'position-nesting': {
    code: 'position-invalid',
    rule: `${RFC} §3.1.1`,
    en: (p) => `expected an array here, found ${p.found}${moreEn(p)}`,
    vi: (p) => `chỗ này cần một mảng, nhưng thấy ${p.found}${moreVi(p)}`,
  },
  'position-not-array': {
    code: 'position-invalid',
    rule: `${RFC} §3.1.1`,
    en: (p) => `expected a position [longitude, latitude], found ${p.found}${moreEn(p)}`,
    vi: (p) => `cần một vị trí [kinh độ, vĩ độ], nhưng thấy ${p.found}${moreVi(p)}`,
  },
  'position-short': {
    code: 'position-invalid',
    rule: `${RFC} §3.1.1`,
    en: (p) => `a position needs two numbers, [longitude, latitude]; found ${p.found}${moreEn(p)}`,
    vi: (p) => `một vị trí cần hai số [kinh độ, vĩ độ]; nhưng thấy ${p.found}${moreVi(p)}`,
  },
  'position-not-finite': {
    code: 'position-invalid',
    rule: `${RFC} §3.1.1`,
    en: (p) => `position values must be finite numbers, found ${p.found}${moreEn(p)}`,
    vi: (p) => `giá trị của vị trí phải là số hữu hạn, nhưng thấy ${p.found}${moreVi(p)}`,
  },
  'position-too-long': {
    rule: `${RFC} §3.1.1`,
    en: (p) =>
      `${p.count} position(s) have more than three numbers, first ${p.found}; RFC 7946 allows [longitude, latitude] or [longitude, latitude, altitude] (the rest is ignored here)`,
    vi: (p) =>
      `${p.count} vị trí có hơn ba số, đầu tiên là ${p.found}; RFC 7946 chỉ cho [kinh độ, vĩ độ] hoặc [kinh độ, vĩ độ, độ cao] (phần thừa bị bỏ qua)`,
  },
  'bbox-invalid': {
    rule: `${RFC} §5`,
    en: (p) =>
      `"bbox" must be an array of 4 (or 6) numbers [west, south, east, north], found ${p.found}`,
    vi: (p) => `"bbox" phải là mảng 4 (hoặc 6) số [tây, nam, đông, bắc], nhưng thấy ${p.found}`,
  },
  'bbox-dimensions': {
    rule: `${RFC} §5`,
    en: (p) =>
      `"bbox" has ${p.count} numbers, but the positions it bounds have ${p.dimensions} dimensions: it must have ${p.expected}`,
    vi: (p) =>
      `"bbox" có ${p.count} số, nhưng các vị trí nó bao có ${p.dimensions} chiều: nó phải có ${p.expected} số`,
  },
  'geometry-empty': {
    en: (p) =>
      `the ${p.type} has no coordinates: it is empty (use "geometry": null for a feature without a place)`,
    vi: (p) =>
      `${p.type} không có tọa độ nào: nó rỗng (hãy dùng "geometry": null cho đối tượng không có vị trí)`,
  },
  'collection-empty': {
    code: 'geometry-empty',
    en: () =>
      'the GeometryCollection has no geometries: it is empty (use "geometry": null for a feature without a place)',
    vi: () =>
      'GeometryCollection không có hình nào: nó rỗng (hãy dùng "geometry": null cho đối tượng không có vị trí)',
  },
  'polygon-empty': {
    code: 'geometry-empty',
    en: () =>
      'the polygon has no rings: it is empty (use "geometry": null for a feature without a place)',
    vi: () =>
      'đa giác không có vòng nào: nó rỗng (hãy dùng "geometry": null cho đối tượng không có vị trí)',
  },
  'line-too-few-positions': {
    rule: `${RFC} §3.1.4`,
    en: (p) => `a line needs at least 2 positions, found ${p.count}`,
    vi: (p) => `một đường cần ít nhất 2 vị trí, nhưng có ${p.count}`,
  },
  'ring-too-few-positions': {
    rule: `${RFC} §3.1.6`,
    en: (p) =>
      `a polygon ${ringEn(p)} needs at least 4 positions (a closed triangle), found ${p.count}`,
    vi: (p) =>
      `${ringVi(p)} của đa giác cần ít nhất 4 vị trí (một tam giác khép kín), nhưng có ${p.count}`,
  },
  'ring-not-closed': {
    rule: `${RFC} §3.1.6`,
    en: (p) =>
      `the ${ringEn(p)} is not closed: its last position ${p.last} must repeat its first ${p.first}`,
    vi: (p) =>
      `${ringVi(p)} không khép kín: vị trí cuối ${p.last} phải lặp lại đúng vị trí đầu ${p.first}`,
  },
  'ring-degenerate': {
    rule: OGC_POLYGON,
    en: (p) => `the ${ringEn(p)} has fewer than 3 distinct positions: it encloses nothing`,
    vi: (p) => `${ringVi(p)} có ít hơn 3 vị trí khác nhau: nó không bao quanh vùng nào`,
  },
  'ring-self-intersection': {
    rule: OGC_POLYGON,
    en: (p) =>
      `the ${ringEn(p)} crosses or touches itself near ${p.near}: the edge from position ${p.edgeA} meets the edge from position ${p.edgeB}`,
    vi: (p) =>
      `${ringVi(p)} tự cắt hoặc tự chạm gần ${p.near}: cạnh từ vị trí ${p.edgeA} gặp cạnh từ vị trí ${p.edgeB}`,
  },
  'winding-exterior-clockwise': {
    rule: `${RFC} §3.1.6`,
    en: () =>
      'the exterior ring runs clockwise; RFC 7946 asks for counter-clockwise exterior rings (right-hand rule). The map draws it, but other tools may not: rewind it',
    vi: () =>
      'vòng ngoài đi theo chiều kim đồng hồ; RFC 7946 yêu cầu vòng ngoài ngược chiều kim đồng hồ (quy tắc bàn tay phải). Bản đồ vẫn vẽ, nhưng công cụ khác có thể không: hãy đảo chiều',
  },
  'winding-hole-counter-clockwise': {
    rule: `${RFC} §3.1.6`,
    en: () =>
      'the hole runs counter-clockwise; RFC 7946 asks for clockwise holes (right-hand rule). The map draws it, but other tools may not: rewind it',
    vi: () =>
      'lỗ đi ngược chiều kim đồng hồ; RFC 7946 yêu cầu lỗ theo chiều kim đồng hồ (quy tắc bàn tay phải). Bản đồ vẫn vẽ, nhưng công cụ khác có thể không: hãy đảo chiều',
  },
  'hole-outside-shell': {
    rule: OGC_POLYGON,
    en: (p) =>
      `hole ${p.ring} lies outside the polygon's exterior ring (ring 0); a hole must be inside it`,
    vi: (p) => `lỗ ${p.ring} nằm ngoài vòng ngoài của đa giác (vòng 0); lỗ phải nằm bên trong`,
  },
  'hole-crosses-shell': {
    rule: OGC_POLYGON,
    en: (p) =>
      `hole ${p.ring} crosses the exterior ring or runs along it near ${p.near}; a hole must lie inside, touching the exterior ring at single points only`,
    vi: (p) =>
      `lỗ ${p.ring} cắt qua hoặc chạy dọc vòng ngoài gần ${p.near}; lỗ phải nằm bên trong, chỉ được chạm vòng ngoài tại từng điểm`,
  },
  'holes-cross': {
    code: 'holes-overlap',
    rule: OGC_POLYGON,
    en: (p) =>
      `hole ${p.ring} crosses hole ${p.other} or runs along it near ${p.near}; holes may touch only at single points`,
    vi: (p) =>
      `lỗ ${p.ring} cắt qua hoặc chạy dọc lỗ ${p.other} gần ${p.near}; các lỗ chỉ được chạm nhau tại từng điểm`,
  },
  'holes-nested': {
    code: 'holes-overlap',
    rule: OGC_POLYGON,
    en: (p) => `hole ${p.ring} lies inside hole ${p.other}; holes must not overlap or nest`,
    vi: (p) => `lỗ ${p.ring} nằm trong lỗ ${p.other}; các lỗ không được chồng lên hoặc lồng nhau`,
  },
  'interior-disconnected': {
    rule: OGC_POLYGON,
    en: (p) =>
      `the rings touch in a closed chain (last at ${p.near}, ${ringEn(p)} and ring ${p.other}), cutting the polygon's interior in pieces; make them separate polygons`,
    vi: (p) =>
      `các vòng chạm nhau thành chuỗi khép kín (lần cuối tại ${p.near}, ${ringVi(p)} và vòng ${p.other}), cắt phần trong của đa giác thành nhiều mảnh; hãy tách thành các đa giác riêng`,
  },
  'parts-cross': {
    code: 'multipolygon-parts-overlap',
    rule: OGC_MULTIPOLYGON,
    en: (p) =>
      `part ${p.part} of the MultiPolygon crosses part ${p.other} or shares an edge with it near ${p.near}; parts may touch only at single points (merge them, or cut them apart)`,
    vi: (p) =>
      `phần ${p.part} của MultiPolygon cắt qua hoặc chung cạnh với phần ${p.other} gần ${p.near}; các phần chỉ được chạm nhau tại từng điểm (hãy gộp hoặc tách rời chúng)`,
  },
  'parts-nested': {
    code: 'multipolygon-parts-overlap',
    rule: OGC_MULTIPOLYGON,
    en: (p) =>
      `part ${p.part} of the MultiPolygon lies inside part ${p.other}: its area would be counted twice`,
    vi: (p) =>
      `phần ${p.part} của MultiPolygon nằm trong phần ${p.other}: diện tích sẽ bị tính hai lần`,
  },
  'geometry-type-not-allowed': {
    en: (p) => `a ${p.type} is not allowed in the layer "${layerEn(p)}", which takes ${p.allowed}`,
    vi: (p) => `lớp "${layerVi(p)}" không nhận ${p.type}; lớp này nhận ${p.allowed}`,
  },
  'property-missing': {
    en: (p) => `the layer "${layerEn(p)}" requires the property ${propEn(p)}`,
    vi: (p) => `lớp "${layerVi(p)}" bắt buộc có thuộc tính ${propVi(p)}`,
  },
  'property-wrong-type': {
    code: 'property-invalid',
    en: (p) => `${propEn(p)} must be ${p.expected} (${p.description}), found ${p.found}`,
    vi: (p) => `${propVi(p)} phải là ${p.expectedVi}, nhưng thấy ${p.found}`,
  },
  'property-not-allowed-value': {
    code: 'property-invalid',
    en: (p) => `${propEn(p)} is ${p.found}, which is not one of: ${p.values}`,
    vi: (p) => `${propVi(p)} là ${p.found}, không thuộc các giá trị: ${p.values}`,
  },
  'property-pattern': {
    code: 'property-invalid',
    en: (p) =>
      `${propEn(p)} is ${p.found}, which is not in the expected form${p.formEn ? `: ${p.formEn}` : ''}`,
    vi: (p) =>
      `${propVi(p)} là ${p.found}, không đúng dạng cần có${p.formVi ? `: ${p.formVi}` : ''}`,
  },
  'property-below-min': {
    code: 'property-invalid',
    en: (p) => `${propEn(p)} is ${p.found}, below the minimum ${p.limit}`,
    vi: (p) => `${propVi(p)} là ${p.found}, nhỏ hơn mức tối thiểu ${p.limit}`,
  },
  'property-above-max': {
    code: 'property-invalid',
    en: (p) => `${propEn(p)} is ${p.found}, above the maximum ${p.limit}`,
    vi: (p) => `${propVi(p)} là ${p.found}, lớn hơn mức tối đa ${p.limit}`,
  },
  'property-html': {
    en: (p) =>
      `${propEn(p)} contains HTML markup (${p.markup}); properties are shown as plain text, so it would appear literally`,
    vi: (p) =>
      `${propVi(p)} chứa mã HTML (${p.markup}); thuộc tính được hiển thị dạng văn bản thường nên mã sẽ hiện nguyên văn`,
  },
  'property-unknown': {
    en: (p) =>
      `"${p.key}" (${Number(p.count) === 1 ? 'in 1 feature' : `in ${p.count} features, first here`}) is not in the schema of the layer "${layerEn(p)}": a typo, or a property to add to the layer registry?`,
    vi: (p) =>
      `"${p.key}" (${Number(p.count) === 1 ? 'ở 1 đối tượng' : `ở ${p.count} đối tượng, lần đầu tại đây`}) không có trong lược đồ của lớp "${layerVi(p)}": gõ nhầm, hay cần thêm thuộc tính này vào danh mục lớp?`,
  },
  'crs-member': {
    rule: `${RFC} §4`,
    en: (p) =>
      `the file declares a "crs" (${p.crs}); RFC 7946 has none: coordinates must be WGS84 longitude/latitude`,
    vi: (p) =>
      `tệp khai báo "crs" (${p.crs}); RFC 7946 không có thành phần này: tọa độ phải là kinh độ/vĩ độ WGS84`,
  },
  'coordinates-swapped': {
    rule: `${RFC} §3.1.1`,
    en: (p) =>
      `${runEn(p)} ${isEn(p)} not a longitude/latitude: longitude and latitude look swapped: GeoJSON order is [longitude, latitude], and ${p.swapped} lies in the region`,
    vi: (p) =>
      `${runVi(p)} không phải kinh độ/vĩ độ: kinh độ và vĩ độ có vẻ bị đảo: thứ tự GeoJSON là [kinh độ, vĩ độ], và ${p.swapped} nằm trong vùng`,
  },
  'coordinates-projected': {
    rule: `${RFC} §4`,
    en: (p) =>
      `${runEn(p)} ${isEn(p)} not a longitude/latitude: it looks like projected metres ${p.northingFirst ? 'with the northing first' : '(easting, northing)'}, e.g. VN-2000 / TM-3 105° (EPSG:5897) or UTM 48N; reproject to WGS84 longitude/latitude (EPSG:4326)`,
    vi: (p) =>
      `${runVi(p)} không phải kinh độ/vĩ độ: có vẻ là tọa độ phẳng theo mét ${p.northingFirst ? '(tọa độ bắc đứng trước)' : '(đông, bắc)'}, ví dụ VN-2000 / TM-3 105° (EPSG:5897) hoặc UTM 48N; hãy chuyển sang kinh độ/vĩ độ WGS84 (EPSG:4326)`,
  },
  'coordinates-out-of-range': {
    rule: `${RFC} §4`,
    en: (p) =>
      `${runEn(p)} ${isEn(p)} not a WGS84 longitude/latitude (longitude must be within ±180, latitude within ±90); if these are projected coordinates, reproject to EPSG:4326`,
    vi: (p) =>
      `${runVi(p)} không phải kinh độ/vĩ độ WGS84 (kinh độ trong ±180, vĩ độ trong ±90); nếu là tọa độ phẳng, hãy chuyển sang EPSG:4326`,
  },
  'coordinates-far-outside': {
    en: (p) =>
      `${p.position} is far outside ${REGION_EN}: it is a valid longitude/latitude, but somewhere else on Earth.${shareEn(p)}`,
    vi: (p) =>
      `${p.position} nằm xa bên ngoài ${REGION_VI}: đó là kinh độ/vĩ độ hợp lệ nhưng ở nơi khác trên Trái Đất.${shareVi(p)}`,
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof VALIDATE_MESSAGES;

/** The finding code of a message kind. */
export function codeOf(key: MessageKey): string {
  const spec: MessageSpec = VALIDATE_MESSAGES[key];
  return spec.code ?? key;
}

/** The rule a message kind enforces, e.g. `RFC 7946 §3.1.6`, if any. */
export function ruleOf(key: MessageKey): string | undefined {
  const spec: MessageSpec = VALIDATE_MESSAGES[key];
  return spec.rule;
}

/** The message in one language, with its rule named at the end: `… (RFC 7946 §3.1.6)`. */
export function renderMessage(key: MessageKey, params: MessageParams, lang: Lang): string {
  const spec: MessageSpec = VALIDATE_MESSAGES[key];
  const text = spec[lang](params);
  return spec.rule === undefined ? text : `${text} (${spec.rule})`;
}
