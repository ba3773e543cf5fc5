import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_CHECKS } from '../../src/core/checks/presets.ts';
import { LAYERS } from '../../src/core/layers/registry.ts';
import { ignoredNote } from '../../src/core/url/ignored-note.ts';
import { type MapLinkState, parseMapLink, serializeMapLink } from '../../src/core/url/map-state.ts';

const context = { layers: LAYERS, checkIds: PRESET_CHECKS.map((check) => check.id) };
const ids = LAYERS.map((layer) => layer.id);
const parse = (search: string) => parseMapLink(search, context);

describe('the map state in a link', () => {
  it('reads back exactly the state it wrote: layers, opacity, selection, check, language', () => {
    const state: MapLinkState = {
      lang: 'en',
      visible: Object.fromEntries(ids.map((id, index) => [id, index % 2 === 0])),
      opacity: { [ids[0] as string]: 0.35 },
      selection: { layerId: 'industrial-zones', featureKey: 'kcn Quang Minh/1 & 2?#' },
      checkId: context.checkIds[0] ?? null,
      frame: '2025',
    };
    const search = serializeMapLink(state, LAYERS);
    expect(parse(search)).toEqual({
      state,
      named: { lang: true, layers: true, opacity: true, frame: true },
      ignored: [],
    });
  });

  it('round-trips any state, and its text is canonical (serialise ∘ parse ∘ serialise)', () => {
    const stateArb = fc.record({
      lang: fc.constantFrom('vi' as const, 'en' as const),
      visible: fc.record(Object.fromEntries(ids.map((id) => [id, fc.boolean()]))),
      opacity: fc
        .dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 99 }))
        .map((record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v / 100]))),
      selection: fc.option(
        fc.record({ layerId: fc.constantFrom(...ids), featureKey: fc.string({ minLength: 1 }) }),
      ),
      checkId: fc.option(fc.constantFrom(...context.checkIds)),
      frame: fc.constantFrom('2019' as const, '2025' as const),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        const search = serializeMapLink(state, LAYERS);
        const parsed = parse(search);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
        expect(serializeMapLink(parsed.state, LAYERS)).toBe(search);
      }),
    );
  });

  it('opens the best map it can from a malformed link and lists what it ignored', () => {
    const parsed = parse(
      '?lang=fr&layers=boundaries,,nope&opacity=boundaries:2,ghost:0.5,context:abc,ring-road-5:0.5&sel=ghost:1&check=rm -rf&frame=2030',
    );
    expect(parsed.state.lang).toBe('vi');
    expect(Object.entries(parsed.state.visible).filter(([, v]) => v)).toEqual([
      ['boundaries', true],
    ]);
    expect(parsed.state.opacity).toEqual({ 'ring-road-5': 0.5 });
    expect(parsed.state.selection).toBeNull();
    expect(parsed.state.checkId).toBeNull();
    expect(parsed.ignored.map((part) => `${part.param}=${part.value}: ${part.reason}`)).toEqual([
      'lang=fr: bad-lang',
      'frame=2030: bad-frame',
      'layers=nope: unknown-layer',
      'opacity=boundaries:2: bad-opacity',
      'opacity=ghost:0.5: unknown-layer',
      'opacity=context:abc: bad-opacity',
      'sel=ghost:1: unknown-layer',
      'check=rm -rf: unknown-check',
    ]);
    expect(parsed.state.frame).toBe('2019');
  });

  it('never throws, whatever the query string holds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parse(text);
        expect(Object.keys(parsed.state.visible)).toEqual(ids);
      }),
    );
    expect(() => parse('?sel=%E0%A4%A&layers=%ZZ')).not.toThrow();
  });

  it('writes the 2025 frame as frame=2025 and leaves the default 2019 frame out', () => {
    const state = parse('?lang=vi&layers=boundaries').state;
    expect(serializeMapLink({ ...state, frame: '2025' }, LAYERS)).toBe(
      '?lang=vi&layers=boundaries&frame=2025',
    );
    expect(serializeMapLink({ ...state, frame: '2019' }, LAYERS)).toBe(
      '?lang=vi&layers=boundaries',
    );
  });

  it('leaves layers and language to the app when the link does not name them', () => {
    const parsed = parse('');
    expect(parsed.named).toEqual({ lang: false, layers: false, opacity: false, frame: false });
    expect(parsed.state.frame).toBe('2019');
    expect(parsed.ignored).toEqual([]);
    const byDefault = LAYERS.filter((layer) => layer.visibleByDefault).map((layer) => layer.id);
    expect(ids.filter((id) => parsed.state.visible[id])).toEqual(byDefault);
  });
});

describe('the note about what a link ignored', () => {
  it('names a few parts, each cut short, in the page language', () => {
    const parts = parse(`?lang=xx&layers=a,b,c,d,e,f,${'x'.repeat(100)}`).ignored;
    const note = ignoredNote('en', parts);
    expect(note).toMatch(
      /^Parts of the link could not be used and were ignored: unknown language “xx”; unknown layer “a”/,
    );
    expect(note).toContain('(+2)');
    expect(note.length).toBeLessThan(300);
    expect(ignoredNote('vi', [])).toBe('');
  });
});
