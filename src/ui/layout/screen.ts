/** A phone-sized window, where panels start folded so the map has the screen. */
export const PHONE_QUERY = '(max-width: 720px)';

/** Whether the window is phone-sized now (false where there is no window, e.g. in Node). */
export function isPhoneScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY).matches === true;
}
