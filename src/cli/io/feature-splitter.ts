import { type FeatureSpan, FeatureSpanScanner } from '../../core/validate/feature-spans.ts';

/**
 * Cuts the bytes of a GeoJSON document, chunk by chunk, into the text of each element of its
 * top-level `"features"` array, and the "skeleton": the document with that array left empty
 * (`{"type":"FeatureCollection","features":[]}`). Where the elements are is the validator's
 * own {@link FeatureSpanScanner}'s answer (one byte scanner for `validate` and `analyze`);
 * this only keeps the bytes of the element being read across chunks, so a large file is never
 * one string or one tree. Each element is then parsed on its own.
 */
export class FeatureSplitter {
  private readonly scanner = new FeatureSpanScanner();
  /** Bytes pushed before the current chunk. */
  private offset = 0;
  /** The bytes of earlier chunks from where the element still being read started. */
  private carry: Buffer[] = [];
  private readonly skeleton: Buffer[] = [];

  /** The texts of the elements completed in this chunk (none once the layout is broken). */
  push(chunk: Buffer): string[] {
    const done: string[] = [];
    const at = this.offset;
    this.scanner.push(chunk, (span) => done.push(this.elementText(span, chunk, at)));
    this.offset += chunk.length;
    this.keepSkeleton(chunk, at);
    const open = this.scanner.openElementAt;
    if (open === undefined) this.carry = [];
    else if (open >= at) this.carry = [chunk.subarray(open - at)];
    else this.carry.push(chunk);
    return done;
  }

  /** Whether some bytes so far are not UTF-8, or are not laid out as a FeatureCollection. */
  get failed(): boolean {
    return this.scanner.sawInvalidUtf8 || this.scanner.failed;
  }

  /**
   * After the last chunk: whether the document is an object with a top-level `features` array
   * whose elements are separated by single commas, all in UTF-8.
   */
  finish(): boolean {
    return this.scanner.finish() && !this.scanner.sawInvalidUtf8;
  }

  /** The document without its features' texts. */
  skeletonText(): string {
    return Buffer.concat(this.skeleton).toString('utf8');
  }

  private elementText(span: FeatureSpan, chunk: Buffer, at: number): string {
    const end = chunk.subarray(0, span.end - at);
    if (span.start >= at) return chunk.toString('utf8', span.start - at, span.end - at);
    return Buffer.concat([...this.carry, end]).toString('utf8');
  }

  /** The part of `chunk` (at offset `at`) outside the features array's brackets. */
  private keepSkeleton(chunk: Buffer, at: number): void {
    const { openAt, closeAt } = this.scanner;
    const end = at + chunk.length;
    if (openAt < 0) {
      this.skeleton.push(chunk);
      return;
    }
    if (openAt >= at) this.skeleton.push(chunk.subarray(0, openAt + 1 - at));
    if (closeAt >= 0 && closeAt < end)
      this.skeleton.push(chunk.subarray(Math.max(closeAt, at) - at));
  }
}
