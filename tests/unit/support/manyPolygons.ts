/**
 * `count` small irregular polygons (24 vertices each, like parcels traced by hand) on a square
 * grid over the given box: a stand-in for a large planners' layer in a figure.
 */
export function manyPolygons(
  count: number,
  box: { west: number; south: number; east: number; north: number },
): GeoJSON.FeatureCollection {
  const side = Math.ceil(Math.sqrt(count));
  const cellLng = (box.east - box.west) / side;
  const cellLat = (box.north - box.south) / side;
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < count; i++) {
    const lng = box.west + (i % side) * cellLng + cellLng / 2;
    const lat = box.south + Math.floor(i / side) * cellLat + cellLat / 2;
    const ring: [number, number][] = [];
    for (let k = 0; k < 24; k++) {
      const angle = (k / 24) * 2 * Math.PI;
      // A fixed wobble (no randomness: the same layer every run).
      const radius = 0.4 + 0.05 * Math.sin(i * 7 + k * 3);
      ring.push([
        lng + radius * cellLng * Math.cos(angle),
        lat + radius * cellLat * Math.sin(angle),
      ]);
    }
    ring.push(ring[0]!);
    features.push({
      type: 'Feature',
      properties: { id: i },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return { type: 'FeatureCollection', features };
}
