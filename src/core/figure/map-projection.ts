/**
 * Where and how the figure's off-screen map drew its picture: enough to put any position where
 * the map put it. Read from the map once it has drawn (centre, zoom and bearing after its fit).
 */
export interface FigureMapView {
  centerLng: number;
  centerLat: number;
  zoom: number;
  bearingDegrees: number;
  /** The off-screen map's size in its CSS pixels (what MapLibre projects into). */
  widthCssPx: number;
  heightCssPx: number;
  /** The picture's size in image pixels: one image pixel is one dot at the figure's dpi. */
  imageWidthPx: number;
  imageHeightPx: number;
}

/** MapLibre's tile size: at zoom z the world is 512 · 2^z CSS pixels wide. */
export const WORLD_PX_AT_ZOOM_0 = 512;
const MAX_LATITUDE = 85.051129;

/** Web Mercator x and y of a position, 0–1 from the antimeridian and the north edge. */
export function mercator(lng: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const x = (180 + lng) / 360;
  const y =
    (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
  return [x, y];
}

/**
 * A projection from longitude and latitude to the picture's image pixels (x right, y down), the
 * same Web Mercator transform MapLibre drew the picture with (pitch 0): world pixels at the
 * view's zoom, around the centre, turned against the bearing, scaled to image pixels.
 */
export function imagePixelProjector(
  view: FigureMapView,
): (lng: number, lat: number) => [number, number] {
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** view.zoom;
  const [centerX, centerY] = mercator(view.centerLng, view.centerLat);
  const angle = (view.bearingDegrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const scaleX = view.imageWidthPx / view.widthCssPx;
  const scaleY = view.imageHeightPx / view.heightCssPx;
  const halfWidth = view.widthCssPx / 2;
  const halfHeight = view.heightCssPx / 2;
  return (lng, lat) => {
    const [x, y] = mercator(lng, lat);
    const dx = (x - centerX) * worldPx;
    const dy = (y - centerY) * worldPx;
    return [
      (halfWidth + dx * cos + dy * sin) * scaleX,
      (halfHeight - dx * sin + dy * cos) * scaleY,
    ];
  };
}
