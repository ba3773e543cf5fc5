/** A file that cannot be read (`io`, exit 2) or holds invalid input (`invalid`, exit 1). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly kind: 'io' | 'invalid',
  ) {
    super(message);
  }
}

/** Why `path` could not be read, in words rather than `ENOENT`. */
export function readErrorMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `file not found: ${path}`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}
