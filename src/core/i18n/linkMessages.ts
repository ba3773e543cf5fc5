import type { Lang } from './messages.ts';

/**
 * The "Copy link" note on edits a link cannot carry, in planners' words: what the receiver will
 * not see and how to share it instead.
 */
export const LINK_MESSAGES = {
  linkLeavesOut: {
    vi: 'Người mở liên kết này chỉ thấy dữ liệu của dự án, không thấy những chỉnh sửa chỉ lưu trong trình duyệt này:',
    en: 'Whoever opens this link sees the project’s data only, not the edits kept in this browser:',
  },
  linkOwnLayer: {
    vi: 'lớp riêng “{layer}”: {features}',
    en: 'your own layer “{layer}”: {features}',
  },
  linkEditedLayer: { vi: 'lớp “{layer}”: {edits}', en: '“{layer}”: {edits}' },
  linkAdded: { vi: '{features} mới vẽ hoặc nhập', en: '{features} drawn or imported' },
  linkChanged: { vi: '{features} đã sửa', en: '{features} changed' },
  linkDeleted: {
    vi: '{features} đã xóa mà người nhận vẫn thấy',
    en: '{features} deleted that they will still see',
  },
  linkFeatureOne: { vi: '{count} đối tượng', en: '{count} feature' },
  linkFeatureMany: { vi: '{count} đối tượng', en: '{count} features' },
  linkHowToShare: {
    vi: 'Để gửi các chỉnh sửa: xuất lớp ra tệp (“Xuất lớp” trong thẻ Lớp bản đồ: GeoJSON, KML, Shapefile…) rồi gửi tệp; người nhận nhập tệp vào bản đồ của họ. Với bản đồ trong báo cáo: gửi tệp thay đổi (Chỉnh sửa → Thay đổi → Tải tệp thay đổi) cho người quản lý dữ liệu của nhóm để đưa vào dữ liệu dự án, rồi dùng bản nhúng cố định (“Nhúng bản đồ”).',
    en: 'To send the edits: export the layer as a file (“Export layer” in the Layers tab: GeoJSON, KML, Shapefile…) and send the file; the receiver imports it into their map. For a map in a report: send your changes (Edit → Changes → Download changeset) to whoever keeps the team’s data so they go into the project’s data, then use a pinned embed (“Embed the map”).',
  },
} as const;

/** A "Copy link" note string, with `{name}` placeholders filled from `vars`. */
export function tlink(
  lang: Lang,
  key: keyof typeof LINK_MESSAGES,
  vars: Readonly<Record<string, string>> = {},
): string {
  return LINK_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (vars[name] as string) : whole,
  );
}
