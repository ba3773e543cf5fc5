// `npm run bench:shapefile`: the Shapefile writer's time for 20,000 / 40,000 / 80,000 polygons
// against `JSON.stringify` of the same collection (the baseline, measured in the same run), and
// the ratio per doubling of the input: ≈ 2 when the writer is linear, ≈ 4 when it is quadratic
// (as @mapbox/shp-write's was). Then a 100,000-record .dbf alone, against `JSON.stringify` of
// its rows.
import { dbfTable } from '../src/core/formats/dbf-table.ts';
import { shapefileFiles } from '../src/core/formats/serialize-shapefile.ts';
import { squares } from './import/large-files.ts';
import { median } from './validate/measure-process.ts';

const SIZES = [20_000, 40_000, 80_000];
const ROUNDS = 7;
const DBF_RECORDS = 100_000;

/** Median milliseconds of `ROUNDS` runs of each task, interleaved so load hits them alike. */
function medians(tasks: Record<string, () => unknown>): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      const started = performance.now();
      task();
      const list = times[name] ?? [];
      list.push(performance.now() - started);
      times[name] = list;
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, median(ms)]));
}

// Warm-up: the first size would otherwise pay for the compilation of both.
const warmUp = squares(5_000);
medians({ json: () => JSON.stringify(warmUp), shapefile: () => shapefileFiles(warmUp) });

console.log(`Shapefile writer, medians of ${ROUNDS} interleaved runs:`);
let previous: number | undefined;
for (const size of SIZES) {
  const collection = squares(size);
  const ms = medians({
    json: () => JSON.stringify(collection),
    shapefile: () => shapefileFiles(collection, { name: 'bench' }),
  });
  const perDoubling =
    previous === undefined
      ? ''
      : `; ${(ms.shapefile! / previous).toFixed(2)} × the half size (linear: 2)`;
  console.log(
    `  ${size.toLocaleString('en').padStart(6)} polygons: ${(ms.shapefile! / ms.json!).toFixed(2)} × JSON.stringify of the collection${perDoubling}`,
  );
  previous = ms.shapefile!;
}

const rows = squares(DBF_RECORDS).features.map((feature) => feature.properties);
const fields = new Map(Object.keys(rows[0]!).map((key) => [key, key.slice(0, 10)]));
const dbf = medians({
  json: () => JSON.stringify(rows),
  dbf: () => dbfTable(fields, rows),
});
console.log(
  `  a ${DBF_RECORDS.toLocaleString('en')}-record .dbf (${fields.size} fields): ${(dbf.dbf! / dbf.json!).toFixed(2)} × JSON.stringify of its rows`,
);
