import { EXIT } from '../exit-codes.ts';

/** Text is handed to the stream in pieces of about this size: fewer, larger writes. */
const BATCH_CHARS = 64 * 1024;

/**
 * A writer over a stream (stdout by default) that writes as output is produced and waits when
 * the stream is full (back-pressure), so memory stays flat however long the output is.
 * Write errors (a closed pipe, a full disk) reject the next `write`/`end` as `OutputError`.
 */
export class Output {
  private pending = '';
  private failure: OutputError | null = null;
  private readonly waiting = new Set<(error: OutputError | null) => void>();

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  /** Adds text; resolves at once unless a batch had to wait for the stream to drain. */
  write(text: string): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    this.pending += text;
    if (this.pending.length < BATCH_CHARS) return undefined;
    return this.flush();
  }

  /** Writes what is left and resolves when the stream has taken it. */
  async end(): Promise<void> {
    await this.flush();
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => {
      this.stream.write('', (error) => (error ? reject(toOutputError(error)) : resolve()));
    }).catch((error: OutputError) => {
      throw this.failure ?? error;
    });
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text.length === 0) return;
    let accepted: boolean;
    try {
      accepted = this.stream.write(text);
    } catch (error) {
      this.fail(error as NodeJS.ErrnoException);
      accepted = false;
    }
    if (this.failure) throw this.failure;
    if (accepted) return;
    const error = await new Promise<OutputError | null>((resolve) => {
      this.waiting.add(resolve);
      this.stream.once('drain', () => {
        this.waiting.delete(resolve);
        resolve(null);
      });
    });
    if (error) throw error;
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.failure) return;
    this.failure = toOutputError(error);
    for (const resolve of this.waiting) resolve(this.failure);
    this.waiting.clear();
  }
}

/** Output could not be written: `closed` when the reader went away (`| head`), else an I/O error. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    message: string,
    readonly closed: boolean,
  ) {
    super(message);
  }
}

/** A write error as an `OutputError` with a message in words (no `ENOSPC`). */
export function toOutputError(error: NodeJS.ErrnoException | Error): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') {
    return new OutputError('the output was closed', true);
  }
  if (code === 'ENOSPC')
    return new OutputError('cannot write the output: no space left on device', false);
  return new OutputError(`cannot write the output: ${error.message}`, false);
}

/**
 * The exit code for an output error, after saying what happened: a closed pipe is the reader's
 * choice (`| head -1`) and ends quietly with 0; anything else is an I/O error.
 */
export function exitForOutputError(error: OutputError, command: string): number {
  if (error.closed) return EXIT.ok;
  process.stderr.write(`${command}: ${error.message}\n`);
  return EXIT.usage;
}
