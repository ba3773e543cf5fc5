import { describe, expect, it } from 'vitest';
import { gpuCaughtUp } from '../../src/map/figure/gpuCaughtUp.ts';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** A WebGL 2 context whose GPU finishes its fence after `pollsUntilDone` status reads. */
function fakeGl(pollsUntilDone: number) {
  const log = { polls: 0, flushed: false, deleted: false };
  const fence = {};
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    fenceSync: () => fence,
    flush: () => {
      log.flushed = true;
    },
    getSyncParameter: (asked: object) => {
      expect(asked).toBe(fence);
      log.polls++;
      return log.polls > pollsUntilDone ? SIGNALED : UNSIGNALED;
    },
    deleteSync: (deleted: object) => {
      log.deleted = deleted === fence;
    },
    isContextLost: () => false,
  };
  return { gl: gl as unknown as WebGL2RenderingContext, log };
}

describe('gpuCaughtUp: waiting for the GPU process without the page waiting on it', () => {
  it('resolves once the fence is signalled, asking again in later tasks, and deletes the fence', async () => {
    const { gl, log } = fakeGl(3);
    let done = false;
    const waiting = gpuCaughtUp(gl).then(() => {
      done = true;
    });
    // The first answer is "not yet": the page gets the thread back before asking again.
    await Promise.resolve();
    expect(log.flushed).toBe(true);
    expect(log.polls).toBe(1);
    expect(done).toBe(false);
    await waiting;
    expect(log.polls).toBe(4);
    expect(log.deleted).toBe(true);
  });

  it('resolves at once for a WebGL 1 context, which has no fences', async () => {
    await expect(gpuCaughtUp({} as WebGLRenderingContext)).resolves.toBeUndefined();
  });

  it('stops with the abort reason when the figure is cancelled while it waits', async () => {
    const { gl, log } = fakeGl(1_000_000);
    const controller = new AbortController();
    const waiting = gpuCaughtUp(gl, controller.signal);
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(log.deleted).toBe(true);
  });
});
