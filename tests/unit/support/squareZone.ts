/**
 * A square zone `sizeDegrees` on a side with its south-west corner at (west, south), outer ring
 * counter-clockwise; its properties name it after its id unless given.
 */
export function squareZone(
  id: string,
  west: number,
  south: number,
  sizeDegrees: number,
  properties: GeoJSON.GeoJsonProperties = { name: id },
): GeoJSON.Feature<GeoJSON.Polygon> {
  const east = west + sizeDegrees;
  const north = south + sizeDegrees;
  return {
    type: 'Feature',
    id,
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}
