import { throwIfAborted } from './drawInTiles.ts';

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 16));

/**
 * Resolves once the GPU process has done everything asked of it through `gl` so far, without the
 * page ever waiting on it: a fence polled between tasks. A call that must wait for the GPU
 * process (creating a context, linking a program, sizing a drawing buffer) waits behind all the
 * work queued before it, and under SwiftShader that work is slow: a context created while the
 * live map's last frames were being drawn held the page ~1 s, and 0.01–0.1 s once they were
 * done. WebGL 1 has no fences: it resolves at once.
 */
export async function gpuCaughtUp(
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  signal?: AbortSignal,
): Promise<void> {
  throwIfAborted(signal);
  if (!('fenceSync' in gl)) return;
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return;
  gl.flush();
  try {
    while (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) {
      if (gl.isContextLost()) return;
      await nextTurn();
      throwIfAborted(signal);
    }
  } finally {
    gl.deleteSync(fence);
  }
}
