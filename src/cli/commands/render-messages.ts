import type { Lang } from '../../core/i18n/messages.ts';

/** `giapranh render`'s own lines, in the locale's language (see cli/locale.ts). */
export const RENDER_MESSAGES = {
  usage: (detail: string) => ({ en: detail, vi: detail }),
  noBuild: (dist: string) => ({
    en: `${dist}/index.html is missing: build the app first (npm run build)`,
    vi: `không có ${dist}/index.html: hãy dựng ứng dụng trước (npm run build)`,
  }),
  noBrowser: (detail: string) => ({
    en: `${detail}: install Chromium or set CHROME_PATH to a Chrome or Chromium`,
    vi: `không tìm thấy trình duyệt (${detail}): hãy cài Chromium hoặc đặt CHROME_PATH`,
  }),
  badState: (origin: string, detail: string) => ({
    en: `${origin}: the state cannot be rendered as given: ${detail}`,
    vi: `${origin}: không vẽ được trạng thái bản đồ như đã cho: ${detail}`,
  }),
  badCamera: (value: string) => ({
    en: `the camera "${value}" is not #map=zoom/lat/lon[/bearing[/pitch]]`,
    vi: `vị trí "${value}" không có dạng #map=zoom/vĩ độ/kinh độ[/hướng[/nghiêng]]`,
  }),
  failedLayers: (layers: string) => ({
    en: `layer data failed to load: ${layers}`,
    vi: `không tải được dữ liệu lớp: ${layers}`,
  }),
  timeout: (origin: string, seconds: number, what: 'load' | 'draw') => ({
    en: `${origin}: the map did not finish ${what === 'load' ? 'loading' : 'drawing the figure'} within ${seconds} s (--timeout)`,
    vi: `${origin}: bản đồ chưa ${what === 'load' ? 'tải xong' : 'vẽ xong hình'} sau ${seconds} giây (--timeout)`,
  }),
  checkFailed: (origin: string, detail: string) => ({
    en: `${origin}: the check the state names failed: ${detail}`,
    vi: `${origin}: phép kiểm tra mà trạng thái nêu bị lỗi: ${detail}`,
  }),
  figureFailed: (origin: string, detail: string) => ({
    en: `${origin}: the figure could not be made: ${detail}`,
    vi: `${origin}: không tạo được hình: ${detail}`,
  }),
  writeFailed: (file: string, detail: string) => ({
    en: `cannot write ${file}: ${detail}`,
    vi: `không ghi được ${file}: ${detail}`,
  }),
  readFailed: (file: string, detail: string) => ({
    en: `cannot read ${file}: ${detail}`,
    vi: `không đọc được ${file}: ${detail}`,
  }),
  written: (file: string, width: number, height: number) => ({
    en: `${file}: ${width} × ${height} px`,
    vi: `${file}: ${width} × ${height} px`,
  }),
};

/** One message in one language. */
export const say = (lang: Lang, message: { en: string; vi: string }) => message[lang];
