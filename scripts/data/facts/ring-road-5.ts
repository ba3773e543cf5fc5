import type { Position } from 'geojson';

/** geo-facts §1: Ring Road 5 of the Capital Region, Decision 561/QĐ-TTg. */
export const RR5 = {
  decision: 'Quyết định 561/QĐ-TTg, 18/4/2014',
  totalKm: 331.5,
  vinhPhucKm: 51.5,
  hanoiKm: 48,
  hoChiMinhRoadConcurrentKm: 21.5,
  lanes: '4–6',
  roadbedMinM: 22.5,
  roadbedMaxM: 33,
  source:
    'Detailed plan Quyết định 561/QĐ-TTg (18/4/2014); lengths and cross-section: znews.vn (2014), viettimes.vn (2026-01-08); geo-facts §1',
};

/** geo-facts §1.4: cầu Vĩnh Thịnh, the RR5 / QL2C crossing of the Red River. */
export const VINH_THINH_BRIDGE = {
  lengthKm: 5.487,
  opened: '2014-06-08',
  deckM: 16.5,
  lanes: '4',
  /** "Lối rẽ cầu Vĩnh Thịnh" on QL32, Đường Lâm, Sơn Tây (medium). */
  southJunction: [105.48291, 21.15498] as Position,
  /** Where the bridge crosses the 2019 provincial border, mid-river (low-medium). */
  borderCrossing: [105.487, 21.164] as Position,
  /** North end at Vĩnh Thịnh, Vĩnh Tường (low, inferred). */
  northEnd: [105.49, 21.2] as Position,
  source:
    'vir.com.vn (PM opens the country’s longest bridge, 2014); nhandan.vn; 63stravel.com (VTC News); south junction from a public bus-stop table and the LegoCity QL32 line; geo-facts §1.4',
};

/**
 * End of the drawn Hà Nội part at Yên Bình commune (Thạch Thất), where RR5 meets the Hòa Lạc –
 * Hòa Bình expressway. Not in the facts: placed from general knowledge, about 21.5 km south of
 * the bridge along the Hồ Chí Minh road; low confidence.
 */
export const YEN_BINH_THACH_THAT: Position = [105.54, 20.97];
