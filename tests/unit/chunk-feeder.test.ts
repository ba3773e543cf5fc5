import { describe, expect, it } from 'vitest';
import { ChunkFeeder } from '../../src/map/chunks/chunkFeeder.ts';

const data = (name: string): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [105, 21] } },
  ],
});

/** A feeder whose turns the test gives by hand; `sent` lists what reached the map, in order. */
function feederWithTurns() {
  const sent: string[] = [];
  const turns: (() => void)[] = [];
  const feeder = new ChunkFeeder(
    (layerId, chunk, data) => {
      const name = typeof data === 'string' ? data : data.features[0]?.properties?.name;
      sent.push(`${layerId}~${chunk}:${name}`);
    },
    () => new Promise<void>((resolve) => turns.push(resolve)),
  );
  const giveTurn = async () => {
    turns.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { feeder, sent, giveTurn, turnsWaiting: () => turns.length };
}

describe('ChunkFeeder', () => {
  it('sends the first chunk at once and each next one after the page had a turn', async () => {
    const { feeder, sent, giveTurn } = feederWithTurns();
    feeder.feed('zones', [
      { chunk: 0, data: data('a') },
      { chunk: 1, data: data('b') },
      { chunk: 2, data: data('c') },
    ]);
    expect(sent).toEqual(['zones~0:a']);
    expect(feeder.busy).toBe(true);
    await giveTurn();
    expect(sent).toEqual(['zones~0:a', 'zones~1:b']);
    await giveTurn();
    expect(sent).toEqual(['zones~0:a', 'zones~1:b', 'zones~2:c']);
    expect(feeder.busy).toBe(false);
  });

  it('an edit of one chunk waits for no turn', () => {
    const { feeder, sent, turnsWaiting } = feederWithTurns();
    feeder.feed('zones', [{ chunk: 5, data: data('edited') }]);
    expect(sent).toEqual(['zones~5:edited']);
    expect(turnsWaiting()).toBe(0);
  });

  it('newer data for a waiting chunk replaces the older; a dropped layer sends nothing more', async () => {
    const { feeder, sent, giveTurn } = feederWithTurns();
    feeder.feed('zones', [
      { chunk: 0, data: data('a') },
      { chunk: 1, data: data('old') },
    ]);
    feeder.feed('roads', [{ chunk: 0, data: data('r') }]);
    feeder.feed('zones', [{ chunk: 1, data: data('new') }]);
    await giveTurn();
    await giveTurn();
    expect(sent).toEqual(['zones~0:a', 'zones~1:new', 'roads~0:r']);

    feeder.feed('zones', [
      { chunk: 0, data: data('x') },
      { chunk: 1, data: data('y') },
    ]);
    feeder.drop('zones');
    await giveTurn();
    expect(sent.at(-1)).toBe('zones~0:x');
    expect(feeder.busy).toBe(false);
  });
});
