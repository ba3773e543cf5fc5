import { describe, expect, it } from 'vitest';
import { PatchError } from '../../src/core/document/index.ts';
import { landingFailedMessage, reasonOf } from '../../src/core/i18n/importFailureMessages.ts';
import { queueAfter } from '../../src/ui/import/importQueue.ts';

describe('the import queue', () => {
  it('runs the files after one whose landing threw, and hands the error over', async () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    let queue: Promise<void> = Promise.resolve();
    const enqueue = (name: string, job: () => Promise<void>) => {
      queue = queueAfter(
        queue,
        async () => {
          ran.push(name);
          await job();
        },
        (error) => errors.push(error),
      );
      return queue;
    };
    void enqueue('a.geojson', async () => {});
    void enqueue('b.geojson', async () => {
      throw new PatchError('Cannot create layer "user-1": it already exists');
    });
    await enqueue('c.geojson', async () => {});
    expect(ran).toEqual(['a.geojson', 'b.geojson', 'c.geojson']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(PatchError);
  });

  it('never rejects: the chain stays usable after a throw', async () => {
    const failing = queueAfter(
      Promise.resolve(),
      async () => {
        throw new Error('boom');
      },
      () => {},
    );
    await expect(failing).resolves.toBeUndefined();
  });
});

describe('a landing that throws', () => {
  it('is reported in both languages: which file, why, and that nothing landed', () => {
    const reason = reasonOf(new PatchError('Cannot put "z1" in "zones": no such layer'));
    const en = landingFailedMessage('en', 'plan.kml', reason);
    const vi = landingFailedMessage('vi', 'plan.kml', reason);
    expect(en).toBe(
      'Could not import “plan.kml”: Cannot put "z1" in "zones": no such layer. ' +
        'Nothing landed; the layers are exactly as they were.',
    );
    expect(vi).toContain('Không nhập được “plan.kml”');
    expect(vi).toContain('no such layer');
    expect(vi).toContain('các lớp giữ nguyên như trước');
    expect(reasonOf('odd')).toBe('odd');
  });
});
