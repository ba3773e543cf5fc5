import { memberPath } from './path.ts';
import type { Reporter } from './reporter.ts';

/** What each GeoJSON object must not hold, and whose member it is instead. */
const FORBIDDEN_MEMBERS = {
  FeatureCollection: {
    coordinates: 'geometry',
    geometries: 'GeometryCollection',
    geometry: 'Feature',
    properties: 'Feature',
  },
  Feature: {
    coordinates: 'geometry',
    geometries: 'GeometryCollection',
    features: 'FeatureCollection',
  },
  geometry: { geometry: 'Feature', properties: 'Feature', features: 'FeatureCollection' },
} as const;

/**
 * RFC 7946 §7.1: the members that define one kind of object must not appear on another, or
 * tools disagree on what the object is (a Feature with `coordinates` reads as a geometry).
 */
export function checkForbiddenMembers(
  object: Record<string, unknown>,
  owner: keyof typeof FORBIDDEN_MEMBERS,
  path: string,
  reporter: Reporter,
): void {
  const forbidden: Readonly<Record<string, string>> = FORBIDDEN_MEMBERS[owner];
  for (const member in forbidden) {
    if (!(member in object)) continue;
    reporter.error('member-not-allowed', memberPath(path, member), {
      owner,
      member,
      belongs: forbidden[member]!,
    });
  }
}
