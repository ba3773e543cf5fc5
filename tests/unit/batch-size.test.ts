import { describe, expect, it } from 'vitest';
import { nextBatchSize } from '../../src/core/scheduling/batchSize.ts';

const limits = { min: 1_000, max: 10_000 };

describe('the next batch of work, sized to take about the target time', () => {
  it('shrinks a batch that took too long (a busy machine)', () => {
    // 10,000 positions cloned in 80 ms: 2,000 take about 16 ms.
    expect(nextBatchSize(10_000, 80, 16, limits)).toBe(2_000);
  });

  it('grows back, up to the largest batch, when the machine is quiet again', () => {
    expect(nextBatchSize(2_000, 8, 16, limits)).toBe(4_000);
    expect(nextBatchSize(4_000, 2, 16, limits)).toBe(10_000);
  });

  it('never goes under the smallest batch, nor takes a batch too quick to time as a reason', () => {
    expect(nextBatchSize(10_000, 900, 16, limits)).toBe(1_000);
    expect(nextBatchSize(10_000, 0, 16, limits)).toBe(10_000);
    expect(nextBatchSize(10_000, Number.NaN, 16, limits)).toBe(10_000);
  });
});
