import { t } from '../../core/i18n/messages.ts';
import { localeLang } from '../locale.ts';

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

/** Why `path` could not be read, in words rather than `ENOENT`, in the locale's language. */
export function readErrorMessage(path: string, error: unknown, lang = localeLang()): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${t(lang, 'fileNotFound')}: ${path}`;
  if (code === 'EISDIR') return `${path} ${t(lang, 'notAFile')}`;
  if (code === 'EACCES' || code === 'EPERM') return `${t(lang, 'permissionDenied')}: ${path}`;
  const reason = error instanceof Error ? error.message : String(error);
  return `cannot read ${path}: ${reason}`;
}
