import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { withoutPlanShapes } from '../../src/map/figure/withoutPlanShapes.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

const visibility = (style: ReturnType<typeof buildStyle>, id: string) =>
  style.layers.find((layer) => layer.id === id)?.layout?.visibility;

describe("the figure picture's style when the PDF draws the plan layers as paths", () => {
  // Industrial zones cut in 16 chunks, as a large layer is drawn.
  const style = buildStyle(
    { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
    TEST_STYLE_ASSETS,
    { 'industrial-zones': 16 },
  );
  const picture = withoutPlanShapes(style, ['industrial-zones', 'ring-road-5']);

  it('hides the shapes of the layers drawn as paths, in every chunk, and keeps their labels', () => {
    expect(visibility(style, 'industrial-zones:fill')).toBe('visible');
    for (const id of ['industrial-zones:fill', 'industrial-zones:outline', 'ring-road-5:line'])
      expect(visibility(picture, id)).toBe('none');
    expect(visibility(picture, 'industrial-zones:fill~7')).toBe('none');
    expect(visibility(picture, 'ring-road-5:line-dashed')).toBe('none');
    expect(visibility(picture, 'industrial-zones:label')).toBe('visible');
    expect(visibility(picture, 'industrial-zones:label~7')).toBe('visible');
  });

  it('leaves the other plan layers and the basemap as they were', () => {
    const untouched = picture.layers.filter(
      (layer) => !/^(industrial-zones|ring-road-5):(fill|outline|line)/.test(layer.id),
    );
    expect(untouched.length).toBeGreaterThan(20);
    for (const layer of untouched) expect(layer).toBe(style.layers.find((l) => l.id === layer.id));
  });
});
