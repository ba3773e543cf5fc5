import type { Lang } from './messages.ts';

/**
 * MapLibre's own UI strings (control tooltips, the map's accessible name, the cooperative
 * gestures hint) in both languages; the keys are MapLibre's (`src/ui/default_locale.ts`).
 */
export const MAP_CONTROL_LOCALE: Record<Lang, Record<string, string>> = {
  vi: {
    'AttributionControl.ToggleAttribution': 'Hiện/ẩn ghi công',
    'Map.Title': 'Bản đồ',
    'Marker.Title': 'Điểm đánh dấu',
    'NavigationControl.ResetBearing': 'Kéo để xoay bản đồ, nhấn để quay về hướng bắc',
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'Popup.Close': 'Đóng',
    'CooperativeGesturesHandler.WindowsHelpText': 'Giữ Ctrl và cuộn để thu phóng bản đồ',
    'CooperativeGesturesHandler.MacHelpText': 'Giữ ⌘ và cuộn để thu phóng bản đồ',
    'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'Map.Title': 'Map',
    'Marker.Title': 'Map marker',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close popup',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};
