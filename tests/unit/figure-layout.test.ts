import { describe, expect, it } from 'vitest';
import { type DrawOp, layerSwatch } from '../../src/core/figure/draw-ops.ts';
import { figureFrame, layoutFigure } from '../../src/core/figure/layout.ts';
import { offscreenMapSize } from '../../src/core/figure/offscreen-map-size.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

// Every character 6 px wide at 11 px: enough to make lines wrap where a test wants them to.
const measure = (text: string, sizePx: number) => (text.length * 6 * sizePx) / 11;
const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op] : []));

function layout(legendTitle: string, title = 'Hình 1. Vành đai 5') {
  const frame = figureFrame(1169, 827, false);
  const ops = layoutFigure(
    {
      title,
      subtitle: '',
      legendTitle: 'Chú giải',
      legend: [{ swatch: layerSwatch(getLayer('industrial-zones')!), title: legendTitle }],
      footer: ['Nguồn', '© OpenStreetMap'],
    },
    frame,
    { metersPerPx: 40, bearingDegrees: 0 },
    measure,
  );
  return { frame, ops };
}

describe('figure layout', () => {
  it("puts the scale bar's length over the bar's right end, apart from the 0", () => {
    const { ops } = layout('Khu công nghiệp');
    // 40 m per pixel and at most 160 px: a 5 km bar of 125 px.
    const zero = texts(ops).find((op) => op.text === '0')!;
    const length = texts(ops).find((op) => op.text === '5 km')!;
    expect(length.align).toBe('center');
    expect(length.x - zero.x).toBeCloseTo(125, 6);
  });

  it('wraps a long legend entry onto more lines and keeps every word', () => {
    const long =
      'Cụm liên kết bảo đảm an ninh trật tự vùng giáp ranh Hà Nội – Vĩnh Phúc số 4: Mê Linh – Yên Lạc';
    const { ops } = layout(long);
    const legendLines = texts(ops).filter((op) => op.sizePx === 11 && op.text !== '0');
    const entryLines = legendLines.filter((op) => !/km|^\d+ m$/.test(op.text));
    expect(entryLines.length).toBeGreaterThan(1);
    expect(entryLines.map((op) => op.text).join(' ')).toBe(long);
    for (const line of entryLines) expect(measure(line.text, 11)).toBeLessThanOrEqual(250 - 48);
  });

  it('shrinks a title too long for the sheet instead of cutting it', () => {
    const title = `Hình 2. ${'Khu công nghiệp Quang Minh mở rộng '.repeat(8)}`.trim();
    const { ops } = layout('Khu công nghiệp', title);
    const printed = texts(ops).find((op) => op.text === title)!;
    expect(printed.sizePx).toBeLessThan(18);
    expect(measure(printed.text, printed.sizePx)).toBeLessThanOrEqual(1169 - 32 + 1e-9);
  });
});

describe('the off-screen map of a figure', () => {
  it("covers a planner's view larger than the frame at the view's zoom (a lower pixel ratio)", () => {
    // A full-HD map view and an A4 landscape frame (1169 × 743 layout pixels).
    const size = offscreenMapSize(
      { widthPx: 1169, heightPx: 743 },
      { widthPx: 1600, heightPx: 900 },
    );
    expect(size.widthPx).toBeCloseTo(1600, 6);
    expect(size.heightPx).toBeGreaterThanOrEqual(900);
    expect(size.scale).toBeCloseTo(1600 / 1169, 6);
  });

  it('keeps the frame when the view is smaller: the figure then zooms in, never out', () => {
    expect(
      offscreenMapSize({ widthPx: 1169, heightPx: 743 }, { widthPx: 900, heightPx: 600 }),
    ).toEqual({
      widthPx: 1169,
      heightPx: 743,
      scale: 1,
    });
  });
});
