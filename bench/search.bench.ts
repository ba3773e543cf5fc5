import { foldDiacritics } from '../src/core/search/fold.ts';
import { SearchIndex } from '../src/core/search/search-index.ts';
import { searchRecordOf } from '../src/core/search/search-record.ts';

/**
 * Search over 100,000 features: the cost of one keystroke (a query per prefix of what a planner
 * types, typos and abbreviations included), as a ratio to the floor of any search, one pass of
 * `String.includes` over the folded names measured in the same run, and against a 16.7 ms frame.
 */
const FEATURES = 100_000;
const FRAME_MS = 1000 / 60;
const KINDS = ['Khu công nghiệp', 'Cụm công nghiệp', 'Đường', 'Cầu', 'Xã', 'Phường', 'Quốc lộ'];
const PLACES = [
  'Quang Minh',
  'Mê Linh',
  'Phúc Yên',
  'Vĩnh Thịnh',
  'Đông Anh',
  'Sóc Sơn',
  'Bình Xuyên',
  'Yên Lạc',
  'Tam Đảo',
  'Vĩnh Tường',
  'Tiến Thắng',
  'Đại Thịnh',
  'Thanh Lâm',
  'Kim Hoa',
];
const TYPED = ['vanh dai 5', 'khu cong nghiep quang mihn', 'VĐ5', 'QL2', 'cau vinh thinh 77'];

function feature(index: number): GeoJSON.Feature {
  const kind = KINDS[index % KINDS.length] as string;
  const place = PLACES[Math.floor(index / KINDS.length) % PLACES.length] as string;
  const name = index === 4242 ? 'Đường Vành đai 5, đoạn Vĩnh Phúc' : `${kind} ${place} ${index}`;
  return {
    type: 'Feature',
    id: `f-${index}`,
    properties: { name, name_en: `${place} ${index}`, status: index % 3 ? 'planned' : 'operating' },
    geometry: { type: 'Point', coordinates: [105.5, 21.2] },
  };
}

/** The median of `rounds` timings: the machine is shared, one slow round says little. */
function timeMs(run: () => void, rounds: number): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)] as number;
}

const records = Array.from({ length: FEATURES }, (_, i) => searchRecordOf('bench', feature(i), i));
const buildStart = performance.now();
const index = new SearchIndex(records);
const buildMs = performance.now() - buildStart;

const folded = records.map((record) => foldDiacritics(record.label.vi));
const floorMs = timeMs(() => folded.filter((name) => name.includes('quang minh')).length, 20);

const keystrokes = TYPED.flatMap((text) =>
  Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)),
);
for (const query of keystrokes) index.search(query); // warm up
const timed = keystrokes.map((query) => ({ query, ms: timeMs(() => index.search(query), 7) }));
timed.sort((a, b) => a.ms - b.ms);
const perKeystroke = timed.map((entry) => entry.ms);
const median = perKeystroke[Math.floor(perKeystroke.length / 2)] as number;
const worst = perKeystroke[perKeystroke.length - 1] as number;
const found = index.search('VĐ5')[0]?.record.featureKey;

console.log(`search over ${FEATURES} features, ${keystrokes.length} keystrokes`);
console.log(`  index build (in the worker): ${buildMs.toFixed(0)} ms`);
console.log(`  floor, one includes() pass over folded names: ${floorMs.toFixed(2)} ms`);
console.log(
  `  per keystroke: median ${median.toFixed(2)} ms (${(median / floorMs).toFixed(2)}× floor)`,
);
console.log(
  `  per keystroke: worst ${worst.toFixed(2)} ms (${(worst / floorMs).toFixed(2)}× floor)`,
);
console.log(
  `  slowest keystrokes: ${timed
    .slice(-3)
    .map((e) => `"${e.query}"`)
    .join(', ')}`,
);
console.log(`  worst keystroke / frame (16.7 ms): ${(worst / FRAME_MS).toFixed(2)}`);
console.log(`  "VĐ5" finds: ${found}`);
if (worst > FRAME_MS || found !== 'f-4242') process.exitCode = 1;
