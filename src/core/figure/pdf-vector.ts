import {
  concatTransformationMatrix,
  drawObject,
  type PDFDocument,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import type { TracedMap, TracedPass } from './vector-trace.ts';

/** `#rrggbb` (or `#rgb`) as PDF colour components `r g b` (0–1); anything else is black. */
function rgbOperands(hex: string): string {
  const long = /^#[0-9a-f]{3}$/i.test(hex)
    ? `#${[...hex.slice(1)].map((c) => c + c).join('')}`
    : hex;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(long);
  if (!match) return '0 0 0';
  return match
    .slice(1)
    .map((part) => number(Number.parseInt(part, 16) / 255))
    .join(' ');
}

/** A number as PDF writes it: at most three decimals (a thousandth of a dot), no exponent. */
function number(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** `x0 y0 m x1 y1 l …` for one flat path of whole image pixels. */
function pathOperators(points: readonly number[], close: boolean): string {
  let text = `${points[0]} ${points[1]} m`;
  for (let i = 2; i < points.length; i += 2) text += `\n${points[i]} ${points[i + 1]} l`;
  return close ? `${text} h` : text;
}

/** A circle as four Bézier curves (control points at 0.5523 of the radius), y down. */
function circleOperators(x: number, y: number, r: number): string {
  const k = 0.5523 * r;
  const [left, right, top, bottom] = [x - r, x + r, y - r, y + r].map(number);
  const [xl, xr, yt, yb] = [x - k, x + k, y - k, y + k].map(number);
  return [
    `${right} ${y} m`,
    `${right} ${yb} ${xr} ${bottom} ${x} ${bottom} c`,
    `${xl} ${bottom} ${left} ${yb} ${left} ${y} c`,
    `${left} ${yt} ${xl} ${top} ${x} ${top} c`,
    `${xr} ${top} ${right} ${yt} ${right} ${y} c h`,
  ].join('\n');
}

/** Names the graphics states (opacities) a content stream uses, one per distinct opacity. */
class Opacities {
  readonly byName = new Map<string, number>();

  name(opacity: number): string {
    const value = Math.round(Math.min(Math.max(opacity, 0), 1) * 1000) / 1000;
    for (const [name, known] of this.byName) if (known === value) return name;
    const name = `O${this.byName.size}`;
    this.byName.set(name, value);
    return name;
  }
}

function passOperators(pass: TracedPass, opacities: Opacities): string {
  const state = `/${opacities.name(pass.paint.opacity)} gs`;
  const colour = rgbOperands(pass.paint.color);
  if (pass.kind === 'fill') {
    // Each polygon filled on its own (even-odd: holes whatever their winding), as the map
    // blends overlapping polygons of one layer.
    const shapes = pass.polygons.map(
      (rings) => `${rings.map((ring) => pathOperators(ring, true)).join('\n')}\nf*`,
    );
    return `q ${state} ${colour} rg\n${shapes.join('\n')}\nQ`;
  }
  if (pass.kind === 'stroke') {
    const dash = pass.dashPx ? `[${pass.dashPx.map(number).join(' ')}] 0 d` : '[] 0 d';
    // MapLibre's defaults for outlines (butt caps, miter joins, limit 2); round for lines.
    const ends = pass.round ? '1 J 1 j' : '0 J 0 j 2 M';
    const paths = [
      ...pass.lines.map((line) => pathOperators(line, false)),
      ...pass.rings.map((ring) => pathOperators(ring, true)),
    ];
    return `q ${state} ${colour} RG ${number(pass.widthPx)} w ${ends} ${dash}\n${paths.join('\n')}\nS\nQ`;
  }
  // The ring lies outside the radius, as MapLibre's circle-stroke: a circle of radius plus half
  // the ring, filled, then stroked white as wide as the ring.
  const r = pass.radiusPx + pass.ringPx / 2;
  const circles: string[] = [];
  for (let i = 0; i < pass.centers.length; i += 2)
    circles.push(`${circleOperators(pass.centers[i]!, pass.centers[i + 1]!, r)}\nB`);
  return `q ${state} ${colour} rg 1 1 1 RG ${number(pass.ringPx)} w\n${circles.join('\n')}\nQ`;
}

/**
 * The content of the plan layers' drawing: PDF path operators in image pixels (y down, the
 * form's matrix turns them the right way up), and the opacities (graphics states) it names.
 */
export function vectorMapContent(map: TracedMap): {
  content: string;
  opacities: ReadonlyMap<string, number>;
} {
  const opacities = new Opacities();
  const content = map.passes.map((pass) => passOperators(pass, opacities)).join('\n');
  return { content, opacities: opacities.byName };
}

/**
 * Draws the traced plan layers over the map's picture as one form XObject: its box is the
 * picture's, so nothing is drawn outside the map's frame, and its matrix maps image pixels onto
 * the picture's place on the page (`box` in points, y up), so paths and pixels line up.
 */
export function drawVectorMap(
  pdf: PDFDocument,
  page: PDFPage,
  map: TracedMap,
  box: { x: number; y: number; width: number; height: number },
): void {
  if (map.passes.length === 0) return;
  const { content, opacities } = vectorMapContent(map);
  const states = Object.fromEntries(
    [...opacities].map(([name, value]) => [name, { Type: 'ExtGState', ca: value, CA: value }]),
  );
  const form = pdf.context.flateStream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, map.widthPx, map.heightPx],
    Resources: { ExtGState: states },
  });
  const name = page.node.newXObject('PlanLayers', pdf.context.register(form));
  const scaleX = box.width / map.widthPx;
  const scaleY = box.height / map.heightPx;
  page.pushOperators(
    pushGraphicsState(),
    // y down in image pixels → y up on the page, from the picture's top left.
    concatTransformationMatrix(scaleX, 0, 0, -scaleY, box.x, box.y + box.height),
    drawObject(name),
    popGraphicsState(),
  );
}
