export const HELP = `giapranh — the Giáp Ranh border-region planning map, on the command line

Usage:
  giapranh validate [FILE|DIR ...] [--format text|json]
      Check GeoJSON files (default: data/geojson/). Exit 0 valid, 1 invalid, 2 usage/I-O error.
  giapranh analyze measure FILE [--format csv|json|geojson]
  giapranh analyze nearest --from A --to B [--format csv|json|geojson]
  giapranh analyze overlap --a A --b B [--format csv|json|geojson]
  giapranh analyze buffer FILE --distance METRES
      Distance and overlap analysis on the WGS84 ellipsoid (the code the browser runs).
  giapranh convert IN OUT [--from EPSG:…] [--to EPSG:…] [--encoding …]
      GeoJSON, KML/KMZ, GPX, CSV, zipped Shapefile, TopoJSON in; GeoJSON, KML, CSV, Shapefile out.
  giapranh --help | COMMAND --help

`;

export type TopLevel =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: 'validate' | 'analyze'; rest: string[] };

export function parseTopLevel(argv: readonly string[]): TopLevel {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { kind: 'help' };
  }
  if (first === 'validate' || first === 'analyze') return { kind: 'command', command: first, rest };
  return { kind: 'error', message: `unknown command "${first}"` };
}
