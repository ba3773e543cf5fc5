import { describe, expect, it } from 'vitest';
import { defaultDrawLayerId } from '../../src/core/layers/defaultDrawLayer.ts';
import { getLayer, LAYERS } from '../../src/core/layers/registry.ts';

describe('the layer the Edit tab draws into at first', () => {
  it('is a plan layer, not the read-only boundaries nor Context (the surroundings)', () => {
    const id = defaultDrawLayerId(LAYERS);
    expect(id).not.toBe('boundaries');
    expect(id).not.toBe('context');
    expect(getLayer(id)?.editable).not.toBe(false);
  });

  it('skips any layer the registry marks as reference, not only Context', () => {
    const zones = getLayer('industrial-zones')!;
    const landmarks = { ...zones, id: 'landmarks', role: 'reference' as const };
    expect(defaultDrawLayerId([landmarks, zones])).toBe('industrial-zones');
    expect(getLayer('context')?.role).toBe('reference');
  });

  it('is the planner’s newest own layer when they have made some', () => {
    expect(defaultDrawLayerId(LAYERS, ['user-a', 'user-b'])).toBe('user-b');
  });

  it('falls back to Context when it is the only editable layer', () => {
    const context = getLayer('context')!;
    expect(defaultDrawLayerId([getLayer('boundaries')!, context])).toBe('context');
    expect(defaultDrawLayerId([getLayer('boundaries')!])).toBe('');
  });
});
