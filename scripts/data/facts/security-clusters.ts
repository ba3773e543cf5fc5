export interface ClusterFact {
  no: number;
  /** Border segments (geo-facts §4.1 numbers) the cluster covers. */
  segments: readonly number[];
  membersHanoi: readonly string[];
  membersVinhphuc: readonly string[];
  segmentKm: number;
  /** The river the segments follow, in both languages. */
  river?: { vi: string; en: string };
}

/** Half-width of the coverage band on each side of the border, km (layers.md §4). */
export const CLUSTER_BAND_KM = 2;

/** layers.md §4: the six clusters, grouped by border segment (an illustrative grouping). */
export const CLUSTERS: readonly ClusterFact[] = [
  {
    no: 1,
    segments: [1],
    membersHanoi: ['Sóc Sơn'],
    membersVinhphuc: ['Phúc Yên'],
    segmentKm: 21.1,
  },
  {
    no: 2,
    segments: [2],
    membersHanoi: ['Mê Linh'],
    membersVinhphuc: ['Phúc Yên'],
    segmentKm: 10.8,
  },
  {
    no: 3,
    segments: [3],
    membersHanoi: ['Mê Linh'],
    membersVinhphuc: ['Bình Xuyên'],
    segmentKm: 13.0,
  },
  { no: 4, segments: [4], membersHanoi: ['Mê Linh'], membersVinhphuc: ['Yên Lạc'], segmentKm: 8.6 },
  {
    no: 5,
    segments: [5, 6],
    membersHanoi: ['Phúc Thọ'],
    membersVinhphuc: ['Yên Lạc', 'Vĩnh Tường'],
    segmentKm: 11.8,
    river: { vi: 'sông Hồng', en: 'Red River' },
  },
  {
    no: 6,
    segments: [7, 8],
    membersHanoi: ['Sơn Tây', 'Ba Vì'],
    membersVinhphuc: ['Vĩnh Tường'],
    segmentKm: 16.9,
    river: { vi: 'sông Hồng, cầu Vĩnh Thịnh', en: 'Red River, Vĩnh Thịnh bridge' },
  },
];
