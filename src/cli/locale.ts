import type { Lang } from '../core/i18n/messages.ts';

/**
 * The language of the CLI's own messages: Vietnamese when the locale says so (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, as POSIX orders them, e.g. `vi_VN.UTF-8`), else English.
 */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi([_.@-]|$)/i.test(locale) ? 'vi' : 'en';
}
