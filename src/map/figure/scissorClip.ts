import type { PixelRect } from '../../core/figure/tile-grid.ts';

// WebGL 2's draw target (`gl.DRAW_FRAMEBUFFER`), a name WebGL 1 contexts do not have.
const DRAW_FRAMEBUFFER = 0x8ca9;

/** Limits what a WebGL context draws on its canvas to one rectangle (or to nothing). */
export interface ScissorClip {
  /** Frames after this draw only inside `rect` (image pixels from the top left); null: nothing. */
  set(rect: PixelRect | null): void;
  /** Puts the context's own `bindFramebuffer` back and draws everywhere again. */
  release(): void;
}

/**
 * Clips a WebGL context's drawing on its canvas with the scissor test, the one piece of GL
 * state MapLibre never uses outside its debug overlay. The clip holds only while the canvas
 * itself is bound: a pass into an off-screen framebuffer (a layer drawn to a texture) must
 * draw all of it, so binding one turns the scissor off and binding the canvas turns it on.
 * Clearing respects the scissor too, so pixels outside the rectangle keep what an earlier
 * frame drew there (the canvas needs `preserveDrawingBuffer`).
 */
export function scissorClip(gl: WebGLRenderingContext | WebGL2RenderingContext): ScissorClip {
  let rect: PixelRect | null = null;
  let onCanvas = gl.getParameter(gl.FRAMEBUFFER_BINDING) === null;
  const apply = () => {
    if (!onCanvas) return gl.disable(gl.SCISSOR_TEST);
    gl.enable(gl.SCISSOR_TEST);
    if (!rect) return gl.scissor(0, 0, 0, 0);
    // GL counts rows from the bottom.
    gl.scissor(rect.x, gl.drawingBufferHeight - rect.y - rect.height, rect.width, rect.height);
  };
  const own = gl.bindFramebuffer;
  gl.bindFramebuffer = (target: GLenum, framebuffer: WebGLFramebuffer | null) => {
    own.call(gl, target, framebuffer);
    if (target !== gl.FRAMEBUFFER && target !== DRAW_FRAMEBUFFER) return;
    onCanvas = framebuffer === null;
    apply();
  };
  apply();
  return {
    set: (next) => {
      rect = next;
      apply();
    },
    release: () => {
      gl.bindFramebuffer = own;
      gl.disable(gl.SCISSOR_TEST);
    },
  };
}
