import { describe, expect, it } from 'vitest';
import { parseRenderArgs, type RenderOptions } from '../../src/cli/commands/render-args.ts';

const parse = (...argv: string[]) => parseRenderArgs(['--out', 'fig.pdf', ...argv], '2026-12-04');
const layersAs = (...argv: string[]) => (parse(...argv) as RenderOptions).layersAs;

describe('giapranh render --layers-as', () => {
  it("draws a PDF's plan layers as vector paths unless told otherwise", () => {
    expect(layersAs()).toBe('vector');
    expect(layersAs('--layers-as', 'vector')).toBe('vector');
  });

  it('opts out with raster, and still takes the first name of the opt-out, pixels', () => {
    expect(layersAs('--layers-as', 'raster')).toBe('raster');
    expect(layersAs('--layers-as', 'pixels')).toBe('raster');
  });

  it('refuses anything else, naming what it got', () => {
    expect(parse('--layers-as', 'paths')).toBe('--layers-as must be vector or raster, got "paths"');
  });
});
