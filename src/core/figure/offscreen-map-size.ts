/**
 * The size in CSS pixels of the off-screen map: at least the frame, and at least what covers
 * the planner's view at the view's own zoom. A view larger than the frame is then drawn at its
 * zoom with a lower pixel ratio, keeping the road and zone names the planner sees, instead of
 * one or two zoom levels further out where those names are not drawn yet.
 */
export function offscreenMapSize(
  frame: { widthPx: number; heightPx: number },
  view: { widthPx: number; heightPx: number },
): { widthPx: number; heightPx: number; scale: number } {
  const cover = Math.max(view.widthPx / frame.widthPx, view.heightPx / frame.heightPx, 1);
  return { widthPx: frame.widthPx * cover, heightPx: frame.heightPx * cover, scale: cover };
}
