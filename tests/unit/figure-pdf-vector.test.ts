import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { type VectorLayer, vectorLayerOf } from '../../src/core/figure/vector-layers.ts';
import { getLayer } from '../../src/core/layers/registry.ts';
import type { LayerDef } from '../../src/core/layers/types.ts';
import { manyPolygons } from './support/manyPolygons.ts';
import { a4MapView, a4VectorFigurePdf } from './support/vectorFigure.ts';

const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(`data/geojson/${id}.geojson`, 'utf8'));
const layer = (id: string): LayerDef => getLayer(id)!;

/** An A4 landscape figure at 300 dpi over Mê Linh, the map's frame drawn at pixel ratio 3. */
const VIEW = a4MapView(105.7, 21.2);

const STATION: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Trạm 1' },
      geometry: { type: 'Point', coordinates: [105.7, 21.2] },
    },
  ],
};

const figure = (layers: readonly VectorLayer[] | null) =>
  a4VectorFigurePdf('Mê Linh', VIEW, layers);

const planLayers = () => [
  vectorLayerOf(layer('industrial-zones'), bundled('industrial-zones'), 1),
  vectorLayerOf(layer('me-linh-axis-roads'), bundled('me-linh-axis-roads'), 0.5),
  vectorLayerOf(layer('monitoring-stations'), STATION, 1),
];

/** The plan layers' form XObject: its decoded content and its opacities by name. */
async function planLayerForm(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
    const resources = object.dict.lookup(PDFName.of('Resources'), PDFDict);
    const states = resources.lookup(PDFName.of('ExtGState'), PDFDict);
    const opacities = new Map<string, number>();
    for (const [name, state] of states.entries()) {
      const ca = (state as PDFDict).lookup(PDFName.of('ca'), PDFNumber).asNumber();
      opacities.set(name.decodeText(), ca);
    }
    return { content: inflateSync(object.contents).toString('latin1'), opacities };
  }
  return null;
}

/** What a PDF reader (pdf.js) draws: path operators and the colours set for them. */
async function readerOperators(bytes: Uint8Array) {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const list = await (await document.getPage(1)).getOperatorList();
  return list.fnArray.map((fn, i) => ({ fn, args: list.argsArray[i] }));
}

describe('plan layers as paths in the figure PDF', () => {
  it('fills and outlines the zones with their colour and opacity, strokes the roads, circles the stations', async () => {
    const form = await planLayerForm(await figure(planLayers()));
    expect(form).not.toBeNull();
    const { content, opacities } = form!;
    // Zones: #a78bfa at fill-opacity 0.45, each polygon filled (even-odd), outlined in #7c3aed.
    const zoneFill = /\/(O\d+) gs 0\.655 0\.545 0\.98 rg\n([^Q]*)Q/.exec(content);
    expect(zoneFill).not.toBeNull();
    expect(opacities.get(zoneFill![1]!)).toBe(0.45);
    const zoneCount = zoneFill![2]!.match(/f\*/g)?.length ?? 0;
    expect(zoneCount).toBeGreaterThan(5);
    expect(zoneFill![2]).toMatch(/^\d+ \d+ m\n(-?\d+ -?\d+ l\n)+/);
    // Outlines: 1.2 CSS px at 3 image pixels each, butt caps, miter joins.
    expect(content).toMatch(/0\.486 0\.227 0\.929 RG 3\.6 w 0 J 0 j 2 M \[\] 0 d\n/);
    // Roads (#b45309) at the layer's opacity 0.5, 3 CSS px wide, round ends; planned ones
    // dashed 2 and 1.5 line widths, at zoom 10.4 drawn 2^0.4 as long as at zoom 10 (as MapLibre
    // lays dashes out at the tiles' whole zoom): 18 × 1.3195 and 13.5 × 1.3195 dots, and as
    // MapLibre stretches the round caps with them, each dash longer (each gap shorter) by the
    // 9-dot width × 0.3195: 23.751 + 2.876 and 17.813 − 2.876.
    const road = /\/(O\d+) gs 0\.706 0\.325 0\.035 RG 9 w 1 J 1 j \[\] 0 d\n/.exec(content);
    expect(road).not.toBeNull();
    expect(opacities.get(road![1]!)).toBe(0.5);
    expect(content).toContain('0.706 0.325 0.035 RG 9 w 1 J 1 j [26.627 14.938] 0 d\n');
    // The station: a #059669 disc of 5 CSS px with a white ring of 1, at the view's centre.
    // The circle's path runs at the radius plus half the ring (16.5 image pixels) from the centre
    // (the picture's middle, 1753.5 × 1114.5, rounded to 1754 × 1115).
    expect(content).toMatch(/0\.02 0\.588 0\.412 rg 1 1 1 RG 3 w\n1770\.5 1115 m\n/);
    expect(content).toContain('1754 1131.5 c\n');
    expect(content).toMatch(/c h\nB\nQ/);
  });

  it('draws the paths where a PDF reader finds them, over the picture, inside the map frame', async () => {
    const operators = await readerOperators(await figure(planLayers()));
    const image = operators.findIndex((op) => op.fn === OPS.paintImageXObject);
    const form = operators.findIndex((op) => op.fn === OPS.paintFormXObjectBegin);
    expect(image).toBeGreaterThanOrEqual(0);
    expect(form).toBeGreaterThan(image);
    // The form's box is the picture's: nothing spills out of the map frame.
    expect([...operators[form]!.args[1]]).toEqual([0, 0, VIEW.imageWidthPx, VIEW.imageHeightPx]);
    const inForm = operators.slice(form);
    expect(inForm.filter((op) => op.fn === OPS.constructPath).length).toBeGreaterThan(5);
    // Each path as the reader paints it, with the colour set last before it.
    const painted: string[] = [];
    let fill = '';
    let stroke = '';
    for (const op of inForm) {
      if (op.fn === OPS.setFillRGBColor) fill = op.args[0];
      if (op.fn === OPS.setStrokeRGBColor) stroke = op.args[0];
      if (op.fn !== OPS.constructPath) continue;
      const paint = op.args[0];
      if (paint === OPS.eoFill) painted.push(`fill ${fill}`);
      if (paint === OPS.stroke) painted.push(`stroke ${stroke}`);
      if (paint === OPS.fillStroke) painted.push(`disc ${fill}`);
    }
    expect(painted).toContain('fill #a78bfa');
    expect(painted).toContain('stroke #7c3aed');
    expect(painted).toContain('stroke #b45309');
    expect(painted).toContain('disc #059669');
  });

  it('draws no paths when the layers stay in the picture', async () => {
    expect(await planLayerForm(await figure(null))).toBeNull();
  });

  it('keeps the A4 figure small: the bundled zones and roads add under 40 kB, 10,000 polygons under 1.5 MB', async () => {
    const raster = (await figure(null)).length;
    const vector = (await figure(planLayers())).length;
    expect(vector - raster).toBeLessThan(40_000);
    // 24 vertices each, ~35 × 22 dots: whole dots and a simplified outline keep it ~1.3 MB.
    const parcels = manyPolygons(10_000, { west: 105.4, south: 21.05, east: 106, north: 21.35 });
    const large = await figure([vectorLayerOf(layer('industrial-zones'), parcels, 1)]);
    expect(large.length - raster).toBeLessThan(1_500_000);
  });
});
