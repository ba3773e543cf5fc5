import type { Feature, Position } from 'geojson';
import { RR5, VINH_THINH_BRIDGE, YEN_BINH_THACH_THAT } from '../facts/ring-road-5.ts';
import { feature } from '../feature.ts';
import { noteProperties } from '../notes.ts';

/** A number as the Vietnamese text writes it (decimal comma). */
const vi = (value: number) => String(value).replace('.', ',');

const CROSS_SECTION = {
  width_m_min: RR5.roadbedMinM,
  width_m_max: RR5.roadbedMaxM,
  lanes: RR5.lanes,
};

/**
 * The ring-road-5 layer. `vinhPhucEntry` is where the Vĩnh Phúc section is assumed to come over
 * the Tam Đảo range from Thái Nguyên (the real crossing is unknown).
 */
export function ringRoad5Layer(vinhPhucEntry: Position): Feature[] {
  return [vinhPhucSection(vinhPhucEntry), vinhThinhBridge(), hanoiSection()];
}

function vinhPhucSection(vinhPhucEntry: Position): Feature {
  return feature(
    'rr5-vinh-phuc',
    {
      name: 'Đường Vành đai 5 Vùng Thủ đô, đoạn qua Vĩnh Phúc (hành lang dự kiến, sơ đồ)',
      name_en: 'Ring Road 5, Vĩnh Phúc section (planned corridor, schematic)',
      source: RR5.source,
      accuracy: 'schematic',
      accuracy_m: 8000,
      status: 'planned',
      ...noteProperties({
        vi: `Chỉ biết hai đầu tuyến: tuyến vượt dãy Tam Đảo từ Thái Nguyên sang (chưa rõ vị trí vượt; vẽ từ chỗ Tam Đảo và Bình Xuyên giáp ranh giới Thái Nguyên) và đi về phía nam qua sông Hồng trên cầu Vĩnh Thịnh (QL2C). Các nút giao với QL2, QL2C, QL2B, cao tốc Nội Bài – Lào Cai và các xã tuyến đi qua chưa được công bố. Đường thẳng là hành lang sơ đồ, không phải hướng tuyến: tuyến dài ${vi(RR5.vinhPhucKm)} km sẽ không đi theo đường này. Dự kiến khởi công toàn tuyến quý 4/2026.`,
        en: `Only the ends are known: the route comes over the Tam Đảo range from Thái Nguyên (exact crossing unknown; drawn from where Tam Đảo and Bình Xuyên meet the Thái Nguyên boundary) and leaves southwards over the Red River on the Vĩnh Thịnh bridge (QL2C). The junctions with QL2, QL2C, QL2B and the Nội Bài – Lào Cai expressway and the communes crossed are not published. The straight line is a schematic corridor, not an alignment: the ${RR5.vinhPhucKm} km route will not follow it. Whole-route groundbreaking expected Q4/2026.`,
      }),
      length_km_stated: RR5.vinhPhucKm,
      ...CROSS_SECTION,
    },
    { type: 'LineString', coordinates: [vinhPhucEntry, VINH_THINH_BRIDGE.northEnd] },
  );
}

function vinhThinhBridge(): Feature {
  return feature(
    'rr5-vinh-thinh-bridge',
    {
      name: 'Cầu Vĩnh Thịnh',
      name_en: 'Vĩnh Thịnh bridge',
      source: VINH_THINH_BRIDGE.source,
      accuracy: 'indicative',
      accuracy_m: 1000,
      status: 'completed',
      valid_from: VINH_THINH_BRIDGE.opened,
      ...noteProperties({
        vi: `Cầu vượt sông Hồng của Vành đai 5 / QL2C, nối QL32 tại Sơn Tây (Hà Nội) với QL2C tại Vĩnh Thịnh (Vĩnh Tường). Thông xe 8/6/2014; tổng chiều dài dự án ${(VINH_THINH_BRIDGE.lengthKm * 1000).toLocaleString('vi-VN')} m (cầu khoảng 4,4 km và đường dẫn 1 km), mặt cầu rộng ${vi(VINH_THINH_BRIDGE.deckM)} m; 137 triệu USD (vốn ODA EDCF Hàn Quốc). Đầu phía nam (chỗ rẽ QL32) độ tin cậy trung bình, đầu phía bắc là suy đoán.`,
        en: `Ring Road 5 / QL2C crossing of the Red River, linking QL32 at Sơn Tây (Hà Nội) with QL2C at Vĩnh Thịnh (Vĩnh Tường). Opened 8 June 2014; ${VINH_THINH_BRIDGE.lengthKm * 1000} m total project length (about 4.4 km bridge and 1 km approaches), deck ${VINH_THINH_BRIDGE.deckM} m; US$137 m (Korean EDCF ODA). South end (QL32 turn) medium confidence, north end inferred.`,
      }),
      length_km_stated: VINH_THINH_BRIDGE.lengthKm,
      lanes: VINH_THINH_BRIDGE.lanes,
    },
    {
      type: 'LineString',
      coordinates: [
        VINH_THINH_BRIDGE.southJunction,
        VINH_THINH_BRIDGE.borderCrossing,
        VINH_THINH_BRIDGE.northEnd,
      ],
    },
  );
}

function hanoiSection(): Feature {
  return feature(
    'rr5-ha-noi',
    {
      name: 'Đường Vành đai 5 Vùng Thủ đô, đoạn Hà Nội đi chung đường Hồ Chí Minh (sơ đồ)',
      name_en: 'Ring Road 5, Hà Nội section along the Hồ Chí Minh road (schematic)',
      source: `${RR5.source}; the end at Yên Bình is placed from general knowledge`,
      accuracy: 'schematic',
      accuracy_m: 3000,
      status: 'planned',
      ...noteProperties({
        vi: `Từ cầu Vĩnh Thịnh tuyến đi chung với đường Hồ Chí Minh khoảng ${vi(RR5.hoChiMinhRoadConcurrentKm)} km đến cao tốc Hòa Lạc – Hòa Bình tại xã Yên Bình (Thạch Thất), rồi xuống phía nam vào Hòa Bình. Đoạn qua Hà Nội dài khoảng ${vi(RR5.hanoiKm)} km; chỉ vẽ phần đi chung đường Hồ Chí Minh, dưới dạng đường thẳng sơ đồ.`,
        en: `From the Vĩnh Thịnh bridge the route runs with the Hồ Chí Minh road for about ${RR5.hoChiMinhRoadConcurrentKm} km to the Hòa Lạc – Hòa Bình expressway at Yên Bình commune (Thạch Thất), then south into Hòa Bình. The Hà Nội section is about ${RR5.hanoiKm} km; only the part along the Hồ Chí Minh road is drawn, as a straight schematic line.`,
      }),
      length_km_stated: RR5.hoChiMinhRoadConcurrentKm,
      ...CROSS_SECTION,
    },
    { type: 'LineString', coordinates: [VINH_THINH_BRIDGE.southJunction, YEN_BINH_THACH_THAT] },
  );
}
