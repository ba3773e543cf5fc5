import { describe, expect, it } from 'vitest';
import type { DrawOp } from '../../src/core/figure/draw-ops.ts';
import { labelsLeftOutOps } from '../../src/core/figure/labels-left-out-note.ts';
import { labelsLeftOutNote } from '../../src/core/i18n/figureLabelMessages.ts';

// Noto Sans is about half an em wide per letter.
const measure = (text: string, sizePx: number) => text.length * sizePx * 0.5;
const map = { x: 0, y: 60, width: 900, height: 600 };

describe("the figure's note that small zones' labels were left out", () => {
  it('says how many, in Vietnamese and in English, with the number as each writes it', () => {
    expect(labelsLeftOutNote('vi', 10_000)).toBe('Không ghi nhãn 10.000 khu quá nhỏ ở tỷ lệ này');
    expect(labelsLeftOutNote('en', 10_000)).toBe(
      'Labels of 10,000 zones too small at this scale left out',
    );
  });

  it("sits on a white ground at the map's bottom right, inside the map", () => {
    const note = labelsLeftOutNote('en', 12);
    const [ground, text] = labelsLeftOutOps(map, note, measure) as [
      Extract<DrawOp, { kind: 'rect' }>,
      Extract<DrawOp, { kind: 'text' }>,
    ];
    expect(ground.fill?.color).toBe('#ffffff');
    expect(text).toMatchObject({ kind: 'text', text: note, sizePx: 10 });
    expect(ground.x + ground.width).toBeLessThanOrEqual(map.x + map.width);
    expect(ground.x).toBeGreaterThan(map.x + map.width / 2);
    expect(ground.y + ground.height).toBeLessThanOrEqual(map.y + map.height);
    expect(text.x).toBeGreaterThan(ground.x);
    expect(text.x + measure(note, text.sizePx)).toBeLessThan(ground.x + ground.width);
    expect(text.y).toBeLessThan(ground.y + ground.height);
  });

  it('is made smaller, not cut, on a narrow map: at most half its width', () => {
    const narrow = { x: 0, y: 40, width: 300, height: 200 };
    const note = labelsLeftOutNote('vi', 10_000);
    const text = labelsLeftOutOps(narrow, note, measure)[1] as Extract<DrawOp, { kind: 'text' }>;
    expect(text.text).toBe(note);
    expect(text.sizePx).toBeLessThan(10);
    expect(measure(note, text.sizePx)).toBeLessThanOrEqual(narrow.width / 2 + 0.01);
  });
});
