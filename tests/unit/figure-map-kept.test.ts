import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from '../../src/map/figure/quietTimer.ts';
import { restyleFigureMap } from '../../src/map/figure/restyleFigureMap.ts';

describe('quietTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the action once the wait has passed with nothing touching it', () => {
    const action = vi.fn();
    const timer = quietTimer(60_000, action);
    timer.restart();
    vi.advanceTimersByTime(59_999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again on each restart, so a busy stretch never runs it', () => {
    const action = vi.fn();
    const timer = quietTimer(60_000, action);
    for (let figure = 0; figure < 5; figure++) {
      timer.restart();
      vi.advanceTimersByTime(50_000);
    }
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('does not run after cancel', () => {
    const action = vi.fn();
    const timer = quietTimer(60_000, action);
    timer.restart();
    timer.cancel();
    vi.advanceTimersByTime(120_000);
    expect(action).not.toHaveBeenCalled();
  });
});

/** A map that records what it is asked: whole styles, and data per source. */
function recordingMap() {
  const calls = { setStyle: [] as StyleSpecification[], setData: [] as [string, unknown][] };
  const map = {
    setStyle: (style: StyleSpecification) => calls.setStyle.push(style),
    getSource: (id: string) => ({ setData: (data: unknown) => calls.setData.push([id, data]) }),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

const zones = { type: 'FeatureCollection' as const, features: [] };
const roads = { type: 'FeatureCollection' as const, features: [] };

function styleWith(
  data: { zones: object; roads: object },
  zoneColour = '#c00',
): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: { type: 'vector', url: 'pmtiles://basemap.pmtiles' },
      zones: { type: 'geojson', data: data.zones as GeoJSON.GeoJSON },
      roads: { type: 'geojson', data: data.roads as GeoJSON.GeoJSON },
    },
    layers: [
      { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': zoneColour } },
      { id: 'roads', type: 'line', source: 'roads' },
    ],
  };
}

describe('restyleFigureMap', () => {
  it('leaves the map alone when the live map shows the same style and data', () => {
    const { map, calls } = recordingMap();
    restyleFigureMap(map, styleWith({ zones, roads }), styleWith({ zones, roads }));
    expect(calls).toEqual({ setStyle: [], setData: [] });
  });

  it('sends only the collection that is another object since the last figure', () => {
    const { map, calls } = recordingMap();
    const editedZones = { type: 'FeatureCollection' as const, features: [] };
    restyleFigureMap(map, styleWith({ zones, roads }), styleWith({ zones: editedZones, roads }));
    expect(calls.setStyle).toEqual([]);
    expect(calls.setData).toEqual([['zones', editedZones]]);
  });

  it('gives the whole style to MapLibre when anything but GeoJSON data changed', () => {
    const { map, calls } = recordingMap();
    const next = styleWith({ zones, roads }, '#0c0');
    restyleFigureMap(map, styleWith({ zones, roads }), next);
    expect(calls.setStyle).toEqual([next]);
    expect(calls.setData).toEqual([]);
  });
});
