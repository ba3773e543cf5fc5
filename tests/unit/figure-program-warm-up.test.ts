import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { planProgramWarmUp } from '../../src/map/figure/programWarmUp.ts';

/** A style like the app's: a background, basemap fills and lines, plan layers, labels. */
const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    basemap: { type: 'vector', url: 'pmtiles://basemap.pmtiles' },
    zones: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#fff' } },
    { id: 'land', type: 'fill', source: 'basemap', 'source-layer': 'land' },
    { id: 'water', type: 'fill', source: 'basemap', 'source-layer': 'water' },
    {
      id: 'road',
      type: 'line',
      source: 'basemap',
      'source-layer': 'road',
      paint: { 'line-opacity': 0.7 },
    },
    {
      id: 'ring-road-dashed',
      type: 'line',
      source: 'zones',
      paint: { 'line-dasharray': [2, 2], 'line-opacity': 1 },
    },
    { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-opacity': 0.2 } },
    {
      id: 'zones-by-kind',
      type: 'fill',
      source: 'zones',
      paint: { 'fill-opacity': ['get', 'opacity'] },
    },
    { id: 'stations', type: 'circle', source: 'zones', paint: { 'circle-opacity': 0.6 } },
    { id: 'labels', type: 'symbol', source: 'zones', layout: { 'text-field': ['get', 'name'] } },
  ],
};

type Paint = Record<string, unknown>;
const paintOf = (style: StyleSpecification, id: string): Paint =>
  ((style.layers.find((layer) => layer.id === id) as { paint?: Paint }).paint ?? {}) as Paint;

describe('planProgramWarmUp: a new figure map links its shader programs a few per frame', () => {
  it('loads the style with every layer it can dim at opacity 0, keeping the rest of its paint', () => {
    const { style } = planProgramWarmUp(STYLE);
    expect(paintOf(style, 'background')).toEqual({
      'background-color': '#fff',
      'background-opacity': 0,
    });
    expect(paintOf(style, 'road')).toEqual({ 'line-opacity': 0 });
    expect(paintOf(style, 'ring-road-dashed')).toEqual({
      'line-dasharray': [2, 2],
      'line-opacity': 0,
    });
    expect(paintOf(style, 'stations')).toEqual({
      'circle-opacity': 0,
      'circle-stroke-opacity': 0,
    });
    expect(paintOf(style, 'labels')).toEqual({ 'text-opacity': 0, 'icon-opacity': 0 });
    // Everything but the paint is the style as given, and the given style is not touched.
    expect(style.sources).toBe(STYLE.sources);
    expect(style.layers.map((layer) => layer.id)).toEqual(STYLE.layers.map((layer) => layer.id));
    expect(paintOf(STYLE, 'road')).toEqual({ 'line-opacity': 0.7 });
  });

  it('leaves alone a layer whose opacity is read from its features (dimming it would lay it out again)', () => {
    const { style, stages } = planProgramWarmUp(STYLE);
    expect(paintOf(style, 'zones-by-kind')).toEqual({ 'fill-opacity': ['get', 'opacity'] });
    expect(stages.flat().map((entry) => entry.layerId)).not.toContain('zones-by-kind');
  });

  it('gives each dimmed layer its own paint back exactly once, one kind of layer per stage', () => {
    const { stages } = planProgramWarmUp(STYLE);
    expect(stages.map((stage) => stage.map((entry) => entry.layerId))).toEqual([
      ['background'],
      ['land', 'water', 'zones-fill'],
      ['road'],
      ['ring-road-dashed'],
      ['stations'],
      ['labels'],
    ]);
    const given = Object.fromEntries(
      stages.flat().map(({ layerId, paint }) => [layerId, Object.fromEntries(paint)]),
    );
    expect(given.road).toEqual({ 'line-opacity': 0.7 });
    expect(given.land).toEqual({ 'fill-opacity': undefined });
    expect(given.stations).toEqual({
      'circle-opacity': 0.6,
      'circle-stroke-opacity': undefined,
    });
  });

  it('draws the given paint at once when it is given back, not over a transition', () => {
    expect(planProgramWarmUp(STYLE).style.transition).toEqual({ duration: 0, delay: 0 });
  });
});
