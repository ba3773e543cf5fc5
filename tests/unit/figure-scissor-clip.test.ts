import { describe, expect, it } from 'vitest';
import { scissorClip } from '../../src/map/figure/scissorClip.ts';

const FRAMEBUFFER = 0x8d40;
const READ_FRAMEBUFFER = 0x8ca8;
const SCISSOR_TEST = 0x0c11;

/** The few calls of a WebGL context the clip makes, recorded; the canvas is 100 × 80 pixels. */
function fakeGl() {
  const state = {
    scissorOn: false,
    box: [0, 0, 100, 80],
    bound: null as object | null,
  };
  const gl = {
    FRAMEBUFFER,
    FRAMEBUFFER_BINDING: 0x8ca6,
    SCISSOR_TEST,
    drawingBufferHeight: 80,
    getParameter: () => state.bound,
    enable: (cap: number) => {
      if (cap === SCISSOR_TEST) state.scissorOn = true;
    },
    disable: (cap: number) => {
      if (cap === SCISSOR_TEST) state.scissorOn = false;
    },
    scissor: (x: number, y: number, w: number, h: number) => {
      state.box = [x, y, w, h];
    },
    bindFramebuffer: (target: number, framebuffer: object | null) => {
      if (target === FRAMEBUFFER) state.bound = framebuffer;
    },
  };
  return { gl: gl as unknown as WebGL2RenderingContext, state };
}

describe('the scissor that draws a figure map one tile at a time', () => {
  it('draws nothing until a tile is set, then only that tile (GL counts rows from the bottom)', () => {
    const { gl, state } = fakeGl();
    const clip = scissorClip(gl);
    expect(state.scissorOn).toBe(true);
    expect(state.box).toEqual([0, 0, 0, 0]);
    clip.set({ x: 10, y: 0, width: 30, height: 20 });
    expect(state.box).toEqual([10, 60, 30, 20]);
  });

  it('lets a pass into an off-screen framebuffer draw all of it, and clips again on the canvas', () => {
    const { gl, state } = fakeGl();
    const clip = scissorClip(gl);
    clip.set({ x: 0, y: 0, width: 50, height: 40 });
    const texture = {};
    gl.bindFramebuffer(FRAMEBUFFER, texture);
    expect(state.bound).toBe(texture);
    expect(state.scissorOn).toBe(false);
    // Binding only a framebuffer to read from changes nothing that is drawn.
    gl.bindFramebuffer(READ_FRAMEBUFFER, null);
    expect(state.scissorOn).toBe(false);
    gl.bindFramebuffer(FRAMEBUFFER, null);
    expect(state.scissorOn).toBe(true);
    expect(state.box).toEqual([0, 40, 50, 40]);
  });

  it('gives the context back as it found it', () => {
    const { gl, state } = fakeGl();
    const own = gl.bindFramebuffer;
    const clip = scissorClip(gl);
    expect(gl.bindFramebuffer).not.toBe(own);
    clip.release();
    expect(gl.bindFramebuffer).toBe(own);
    expect(state.scissorOn).toBe(false);
  });
});
