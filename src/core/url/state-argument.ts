import { type IgnoredPart, type LinkContext, parseMapLink } from './map-state.ts';

/** A map state given on a command line: the query and the camera of the app's link. */
export interface StateArgument {
  /** `?lang=…&layers=…` (or '' for the defaults). */
  search: string;
  /** `#map=zoom/lat/lon[/bearing[/pitch]]` (or '' for the home view). */
  hash: string;
}

/** Why a state cannot be rendered as given, as a short phrase to quote. */
export type StateProblem =
  | { kind: 'ignored'; parts: IgnoredPart[] }
  | { kind: 'camera'; value: string };

const LIMITS = [
  { min: 0, max: 24 }, // zoom
  { min: -85.06, max: 85.06 }, // latitude (Web Mercator)
  { min: -180, max: 180 }, // longitude
  { min: -360, max: 360 }, // bearing
  { min: 0, max: 85 }, // pitch
];

function cameraIsValid(hash: string): boolean {
  const value = new URLSearchParams(hash.slice(1)).get('map');
  if (value === null) return false;
  const numbers = value.split('/');
  if (numbers.length < 3 || numbers.length > 5) return false;
  return numbers.every((text, index) => {
    const number = Number(text);
    const limit = LIMITS[index]!;
    return text !== '' && Number.isFinite(number) && number >= limit.min && number <= limit.max;
  });
}

/**
 * Reads the state a report writer pastes: the whole link (`http://…/?layers=…#map=…`), or its
 * query and hash (`?layers=…#map=…`, `layers=…`, `#map=…`). Where the app opens the best map it
 * can and notes what it ignored, a script must not quietly render another map than it asked
 * for: every part the app would ignore, and a camera it cannot read, is a problem here.
 */
export function parseStateArgument(
  text: string,
  context: LinkContext,
): StateArgument | StateProblem {
  let rest = text.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) {
    const start = rest.search(/[?#]/);
    rest = start < 0 ? '' : rest.slice(start);
  }
  const hashAt = rest.indexOf('#');
  const query = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : rest.slice(hashAt);
  const search = query === '' || query === '?' ? '' : query.startsWith('?') ? query : `?${query}`;
  if (hash !== '' && !cameraIsValid(hash)) return { kind: 'camera', value: hash };
  const parsed = parseMapLink(search, context);
  if (parsed.ignored.length > 0) return { kind: 'ignored', parts: parsed.ignored };
  return { search, hash };
}
