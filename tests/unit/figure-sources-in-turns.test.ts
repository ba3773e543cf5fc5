import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  SOURCE_IN_TURN_FROM_FEATURES,
  sendSourcesInTurns,
  withLargeSourcesLater,
} from '../../src/map/figure/sourcesInTurns.ts';
import { squareZone } from './support/squareZone.ts';

const zones = (count: number): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: count }, (_, i) => squareZone(`z${i}`, 105 + i * 0.01, 21, 0.005)),
});

describe('the figure map given large sources one per task', () => {
  it('loads the style with the large sources empty and sets their features aside', () => {
    const large = zones(SOURCE_IN_TURN_FROM_FEATURES);
    const small = zones(SOURCE_IN_TURN_FROM_FEATURES - 1);
    const style: StyleSpecification = {
      version: 8,
      sources: {
        large: { type: 'geojson', data: large },
        small: { type: 'geojson', data: small },
        file: { type: 'geojson', data: 'blob:zones' },
        tiles: { type: 'vector', url: 'pmtiles://basemap.pmtiles' },
      },
      layers: [{ id: 'large:fill', type: 'fill', source: 'large' }],
    };
    const { style: light, later } = withLargeSourcesLater(style);
    expect(later).toEqual([['large', large]]);
    expect(light.sources.large).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    expect(light.sources.small).toBe(style.sources.small);
    expect(light.sources.file).toBe(style.sources.file);
    expect(light.layers).toBe(style.layers);
    // The style it was given is left as it was.
    expect(style.sources.large).toEqual({ type: 'geojson', data: large });
  });

  it('is the style given when no source is large', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { small: { type: 'geojson', data: zones(3) } },
      layers: [],
    };
    expect(withLargeSourcesLater(style)).toEqual({ style, later: [] });
    expect(withLargeSourcesLater(style).style).toBe(style);
  });
});

/** A map whose style, set as an object, loads a frame later: no sources until then. */
class LateStyleMap {
  private sources = new Map<string, { data: unknown; setData: (d: unknown) => void }>();
  private onLoad: (() => void) | null = null;
  getSource(id: string) {
    return this.sources.get(id);
  }
  once(_event: 'style.load', listener: () => void) {
    this.onLoad = listener;
  }
  off() {
    this.onLoad = null;
  }
  loadStyle(ids: string[]) {
    for (const id of ids) {
      const source = { data: null as unknown, setData: (d: unknown) => (source.data = d) };
      this.sources.set(id, source);
    }
    this.onLoad?.();
  }
}

describe('sending the large sources', () => {
  it('waits for the style to be loaded, then gives every source its features', async () => {
    const map = new LateStyleMap();
    const chunks = [zones(2), zones(3)];
    const sent = sendSourcesInTurns(map as unknown as MapLibreMap, [
      ['zones', chunks[0]!],
      ['zones~1', chunks[1]!],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    map.loadStyle(['zones', 'zones~1']);
    await sent;
    expect(map.getSource('zones')?.data).toBe(chunks[0]);
    expect(map.getSource('zones~1')?.data).toBe(chunks[1]);
  });

  it('says which source the loaded style lacks, and stops when the figure is cancelled', async () => {
    const map = new LateStyleMap();
    map.loadStyle(['zones']);
    await expect(
      sendSourcesInTurns(map as unknown as MapLibreMap, [
        ['zones', zones(1)],
        ['gone', zones(1)],
      ]),
    ).rejects.toThrow('the figure map has no source gone to give its features');
    const cancel = new AbortController();
    const late = new LateStyleMap();
    const sent = sendSourcesInTurns(
      late as unknown as MapLibreMap,
      [['zones', zones(1)]],
      cancel.signal,
    );
    cancel.abort();
    await expect(sent).rejects.toThrow('aborted');
  });
});
