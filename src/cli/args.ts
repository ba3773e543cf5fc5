export const HELP = `giapranh — the Giáp Ranh border-region planning map, on the command line

Usage (from the project folder; \`npx giapranh\` elsewhere would fetch another package):
  node bin/giapranh.js validate [FILE|DIR ...] [--format text|json]
      Check GeoJSON files (default: data/geojson/). Exit 0 valid, 1 invalid, 2 usage/I-O error.
  node bin/giapranh.js analyze measure FILE [--format csv|json|geojson]
  node bin/giapranh.js analyze nearest --from A --to B [--format csv|json|geojson]
  node bin/giapranh.js analyze overlap --a A --b B [--format csv|json|geojson]
  node bin/giapranh.js analyze buffer FILE --distance METRES
      Distance and overlap analysis on the WGS84 ellipsoid (the code the browser runs).
  node bin/giapranh.js convert IN OUT [--from EPSG:…] [--to EPSG:…] [--encoding …]
      GeoJSON, KML/KMZ, GPX, CSV, zipped Shapefile, TopoJSON in; GeoJSON, KML, CSV, Shapefile out.
  node bin/giapranh.js apply CHANGES.json [--data DIR]
      Write a changeset downloaded from the app (Changes → download) into the layer files.
  node bin/giapranh.js snapshot [--layers a,b] [--data DIR] [--out DIR] [--date YYYY-MM-DD]
      Freeze layer files into data/snapshots/<hash>/ for pinned embeds (embed.html?pin=<hash>).
  node bin/giapranh.js render [--state LINK] --out FIG.png|FIG.pdf [--paper A4|A3]
      [--orientation landscape|portrait] [--dpi 300] [--title "…"] [--states FILE] [--timeout S]
      A report figure of the map as the app's link shows it, drawn by the production build
      (npm run build) in headless Chromium; --states renders many in one browser session.
  node bin/giapranh.js --help | COMMAND --help | --version

Output is written as it is produced; a reader that stops early (| head) ends it quietly.
Exit status: 0 done or valid, 1 invalid input, 2 usage or I/O error, 3 internal error (a bug).

`;

export type TopLevel =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: 'validate' | 'analyze'; rest: string[] };

export function parseTopLevel(argv: readonly string[]): TopLevel {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { kind: 'help' };
  }
  if (first === '--version' || first === '-V' || first === 'version') return { kind: 'version' };
  if (first === 'validate' || first === 'analyze') return { kind: 'command', command: first, rest };
  return { kind: 'error', message: `unknown command "${first}"` };
}
