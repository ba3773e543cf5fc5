import type { Lang } from './messages.ts';

/** The embed dialog's note on a planner's own layers, apart from the shared table. */
export const EMBED_MESSAGES = {
  embedOwnLayers: {
    vi: 'Bản nhúng không thể hiện lớp riêng của bạn: {layers}. Các lớp này chỉ nằm trong không gian làm việc của trình duyệt này, người xem trang đã đăng không truy cập được; bản nhúng chỉ hiện các lớp của dự án.',
    en: 'The embed cannot show your own layers: {layers}. They live only in this browser’s workspace, out of reach of whoever reads the published page; the embed shows the project’s layers.',
  },
  embedOwnFilters: {
    vi: 'Bộ lọc trên {layers} cũng không đi theo bản nhúng.',
    en: 'The filters on {layers} do not travel with the embed either.',
  },
  embedOwnHowTo: {
    vi: 'Muốn chia sẻ chúng, hãy xuất lớp ra tệp (GeoJSON, KML…) và gửi tệp đó.',
    en: 'To share them, export the layers as files (GeoJSON, KML…) and send those.',
  },
  embedOwnSelection: {
    vi: 'Đối tượng đang chọn thuộc một lớp riêng nên không được mở trong bản nhúng.',
    en: 'The selected feature is in one of your own layers, so the embed does not open it.',
  },
  embedPinWhat: {
    vi: 'Bản nhúng cố định luôn hiện dữ liệu như lúc báo cáo được duyệt, kể cả khi các lớp được sửa sau đó; bản nhúng thường luôn hiện dữ liệu mới nhất.',
    en: 'A pinned embed keeps showing the data as it was when the report was approved, even after the layers are edited; an ordinary embed always shows the latest data.',
  },
  embedPinNoneYet: {
    vi: 'Chưa có bản dữ liệu cố định nào chứa các lớp này. Nhóm dự án tạo bản dữ liệu cố định và xuất bản nó cùng trang web: hãy nhờ người quản lý trang web của nhóm tạo một bản, rồi mở lại hộp thoại này sau khi trang được cập nhật.',
    en: 'No pinned data holds these layers yet. The project team makes pinned data and publishes it with the site: ask whoever maintains the team’s site to make it, then open this dialog again once the site is updated.',
  },
  embedPinTechSummary: {
    vi: 'Dành cho người quản lý trang web',
    en: 'For whoever maintains the site',
  },
  embedPinTechSteps: {
    vi: 'Trong thư mục dự án, chạy lệnh dưới đây, commit thư mục data/snapshots/ rồi build và xuất bản lại trang:',
    en: 'In the project folder, run the command below, commit data/snapshots/, then build and publish the site again:',
  },
  embedLeavesOut: {
    vi: 'Bản nhúng chỉ hiện dữ liệu của dự án, không hiện những chỉnh sửa chỉ lưu trong trình duyệt này:',
    en: 'The embed shows the project’s data only, not the edits kept in this browser:',
  },
  embedEditsHowTo: {
    vi: 'Để bản nhúng hiện chúng: gửi tệp thay đổi (Chỉnh sửa → Thay đổi → Tải tệp thay đổi) cho người quản lý dữ liệu của nhóm để đưa vào dữ liệu dự án, rồi ghim bản nhúng vào bản dữ liệu cố định đó.',
    en: 'For the embed to show them: send your changes (Edit → Changes → Download changeset) to whoever keeps the team’s data so they go into the project’s data, then pin the embed to that snapshot.',
  },
} as const;

/** An embed-dialog string, with `{name}` placeholders filled from `vars`. */
export function te(
  lang: Lang,
  key: keyof typeof EMBED_MESSAGES,
  vars: Readonly<Record<string, string>> = {},
): string {
  return EMBED_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (vars[name] as string) : whole,
  );
}
