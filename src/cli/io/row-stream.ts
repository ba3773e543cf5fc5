import type { OutputFormat } from '../../core/analysis/index.ts';
import type { Output } from './output.ts';

/** Rows are serialized this many at a time: large enough to be cheap, small enough to stay flat. */
const BATCH_ROWS = 512;

/**
 * Writes rows through one of the core's whole-document serializers (`serializeMeasures`, …)
 * a batch at a time, joining the batches into one document: the CSV header once, and the items
 * of a JSON array or a FeatureCollection's `features` array spliced together. The output is the
 * core's, so the app's exports and the CLI agree, but never one string.
 */
export class RowStream<Row> {
  private batch: Row[] = [];
  private started = false;
  private closing = '';

  constructor(
    private readonly output: Output,
    private readonly format: OutputFormat,
    private readonly serialize: (rows: readonly Row[]) => string,
  ) {}

  /** Adds a row; waits when the output is full. */
  async push(row: Row): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  /** Writes the rest and the document's end; resolves when the output has taken it. */
  async end(): Promise<void> {
    await this.flush();
    if (!this.started) await this.output.write(this.serialize([]));
    else await this.output.write(this.closing);
    await this.output.end();
  }

  private async flush(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    if (rows.length === 0) return;
    const text = this.serialize(rows);
    await this.output.write(this.format === 'csv' ? this.csvPart(text) : this.arrayPart(text));
  }

  /** The first batch whole; the later ones without the header line. */
  private csvPart(text: string): string {
    if (this.started) return text.slice(text.indexOf('\n') + 1);
    this.started = true;
    return text;
  }

  /**
   * The items of the document's first array: `[{…},{…}]` or
   * `{"type":"FeatureCollection","features":[…]}`; the text before it once, the text after it
   * at the end.
   */
  private arrayPart(text: string): string {
    const open = text.indexOf('[') + 1;
    const close = text.lastIndexOf(']');
    const items = text.slice(open, close).replace(/^\n|\n$/g, '');
    if (this.started) return `,\n${items}`;
    this.started = true;
    this.closing = `\n${text.slice(close)}`;
    return `${text.slice(0, open)}\n${items}`;
  }
}
