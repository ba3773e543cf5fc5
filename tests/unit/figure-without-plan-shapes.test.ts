import { describe, expect, it } from 'vitest';
import { layersInDrawOrder } from '../../src/core/layers/registry.ts';
import { buildStyle } from '../../src/map/buildStyle.ts';
import { planShapeLayerIds } from '../../src/map/figure/withoutPlanShapes.ts';
import { TEST_STYLE_ASSETS } from './support/styleAssets.ts';

describe("the figure picture's style when the PDF draws the plan layers as paths", () => {
  // Industrial zones cut in 16 chunks, as a large layer is drawn.
  const style = buildStyle(
    { layers: layersInDrawOrder(), visible: {}, opacity: {}, lang: 'vi' },
    TEST_STYLE_ASSETS,
    { 'industrial-zones': 16 },
  );
  const hidden = planShapeLayerIds(style, ['industrial-zones', 'ring-road-5']);

  it('names the shapes of the layers drawn as paths, in every chunk, and not their labels', () => {
    for (const id of ['industrial-zones:fill', 'industrial-zones:outline', 'ring-road-5:line'])
      expect(hidden).toContain(id);
    expect(hidden).toContain('industrial-zones:fill~7');
    expect(hidden).toContain('ring-road-5:line-dashed');
    expect(hidden).not.toContain('industrial-zones:label');
    expect(hidden).not.toContain('industrial-zones:label~7');
  });

  it('leaves the other plan layers and the basemap alone', () => {
    for (const id of hidden)
      expect(id).toMatch(/^(industrial-zones|ring-road-5):(fill|outline|line)/);
    expect(planShapeLayerIds(style, [])).toEqual([]);
  });
});
