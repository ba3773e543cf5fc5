/**
 * A small industrial zone as GeoJSON text: an edit in this browser that no bundled file holds
 * (what Copy link and the embed dialog must say they leave out).
 */
export const importedZone = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'kcn-thu-nghiem',
      properties: { name: 'KCN thử nghiệm' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.7, 21.2],
            [105.71, 21.2],
            [105.71, 21.21],
            [105.7, 21.2],
          ],
        ],
      },
    },
  ],
});
