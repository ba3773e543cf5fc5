import { describe, expect, it } from 'vitest';
import { type DrawOp, layerSwatch } from '../../src/core/figure/draw-ops.ts';
import {
  type FigureText,
  figureFits,
  figureFrame,
  layoutFigure,
  planFigureFrame,
} from '../../src/core/figure/layout.ts';
import { getLayer } from '../../src/core/layers/registry.ts';

// Every character 6 px wide at 11 px (Noto Sans averages about that for Vietnamese text).
const measure = (text: string, sizePx: number) => (text.length * 6 * sizePx) / 11;
const swatch = layerSwatch(getLayer('industrial-zones')!);
const LEGEND = [
  'Đường Vành đai 5 Vùng Thủ đô',
  'Trục Mê Linh và đường kết nối',
  'Khu công nghiệp',
  'Cụm liên kết bảo đảm an ninh trật tự vùng giáp ranh',
  'Bối cảnh',
  'Địa giới hành chính (2019)',
  'Khoảng cách từ mỗi KCN tới Vành đai 5',
];
const TEXT: FigureText = {
  title: 'Hình 3.2. Khu công nghiệp Bình Xuyên – Mê Linh: khoảng cách tới Vành đai 5',
  subtitle: 'Tỉnh Vĩnh Phúc (cũ) và huyện Mê Linh, Hà Nội — địa giới năm 2019',
  legendTitle: 'Chú giải',
  legend: LEGEND.map((title) => ({ swatch, title })),
  footer: [
    'Nguồn: Giáp Ranh (dữ liệu đi kèm, mỗi đối tượng ghi nguồn và độ chính xác) · WGS84 · Địa giới năm 2019 · Ngày 2026-12-04',
    '© OpenStreetMap contributors (ODbL), 2018 · Đơn vị hành chính 2025: sapnhap.bando.com.vn',
  ],
};

/** A figure of this size in layout pixels (1/100 in), laid out at 25 m per pixel. */
function narrowFigure(widthPx: number, heightPx: number) {
  const frame = planFigureFrame(TEXT, widthPx, heightPx, measure);
  const ops = layoutFigure(TEXT, frame, { metersPerPx: 25, bearingDegrees: 0 }, measure);
  const texts = ops.flatMap((op) => (op.kind === 'text' ? [op] : []));
  return { frame, ops, texts };
}

const inside = (
  op: { x: number; y: number },
  box: { x: number; y: number; width: number; height: number },
) => op.x >= box.x && op.x <= box.x + box.width && op.y >= box.y && op.y <= box.y + box.height;

describe('a figure one narrow column wide', () => {
  for (const [name, widthPx, heightPx] of [
    ['8 cm, portrait proportions', 315, 445],
    ['12 cm, landscape proportions', 472, 334],
  ] as const) {
    it(`${name}: puts the legend under the map and keeps every line on the sheet`, () => {
      const { frame, ops, texts } = narrowFigure(widthPx, heightPx);
      const map = frame.map;
      expect(map.height).toBeGreaterThan(0);
      for (const op of texts) {
        expect(op.x, op.text).toBeGreaterThanOrEqual(0);
        expect(
          op.x + (op.align === 'center' ? 0.5 : 1) * measure(op.text, op.sizePx),
          op.text,
        ).toBeLessThanOrEqual(widthPx + 1e-9);
        expect(op.y, op.text).toBeLessThanOrEqual(heightPx);
        expect(op.sizePx, op.text).toBeGreaterThanOrEqual(0.75 * 10);
      }
      // On the map only its scale bar and north arrow; the legend is all under it.
      const onMap = texts.filter((op) => inside(op, map)).map((op) => op.text);
      expect(onMap.every((value) => value === '0' || / k?m$/.test(value))).toBe(true);
      const swatches = ops.filter(
        (op): op is Extract<DrawOp, { kind: 'swatch' }> => op.kind === 'swatch',
      );
      expect(swatches).toHaveLength(LEGEND.length);
      for (const op of swatches) expect(op.y).toBeGreaterThan(map.y + map.height);
      // Every word of every entry and of the title, in order: wrapped, never cut.
      const all = texts.map((op) => op.text).join(' ');
      for (const entry of [...LEGEND, TEXT.title]) expect(all).toContain(entry.split(' ')[0]);
      const legendText = texts
        .filter((op) => op.y > map.y + map.height && op.text !== 'Chú giải')
        .map((op) => op.text)
        .join(' ');
      for (const entry of LEGEND) expect(legendText).toContain(entry.split(' ').at(-1));
      expect(
        texts
          .filter((op) => op.y < map.y)
          .map((op) => op.text)
          .join(' '),
      ).toContain(TEXT.title.split(' ').slice(-3).join(' '));
    });
  }

  it('keeps the map at least 40% of an 8 cm portrait figure, the text at 75% or more', () => {
    const { frame, texts } = narrowFigure(315, 445);
    expect(frame.map.height).toBeGreaterThanOrEqual(0.4 * 445 - 1e-9);
    const legendEntry = texts.find((op) => op.text.startsWith('Khu công nghiệp'))!;
    expect(legendEntry.sizePx).toBeGreaterThanOrEqual(0.75 * 11);
    expect(figureFits(TEXT, 315, 445, measure)).toBe(true);
  });

  it('does not fit 8 × 5.7 cm: its title, legend and sources leave the map no room', () => {
    expect(figureFits(TEXT, 315, 223, measure)).toBe(false);
    expect(figureFits({ ...TEXT, legend: [] }, 315, 223, measure)).toBe(true);
  });

  it('leaves a figure a Word page wide as it was: the legend over the map', () => {
    const frame = planFigureFrame(TEXT, 630, 445, measure);
    expect(frame).toEqual(figureFrame(630, 445, true));
  });
});
