import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/core/document/index.ts';
import { findProblems } from '../../src/editor/problems.ts';

const bowtie: GeoJSON.Feature = {
  type: 'Feature',
  id: 'iz-new',
  properties: {
    name: 'KCN',
    name_en: 'Zone',
    source: 'test',
    accuracy: 'schematic',
    accuracy_m: 50,
  },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105.655, 21.2025],
        [105.665, 21.2025],
        [105.655, 21.2075],
        [105.665, 21.2075],
        [105.655, 21.2025],
      ],
    ],
  },
};

describe('problems of edited features', () => {
  it('finds a self-intersection at its vertex, and a missing required property', () => {
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [] });
    const noName = { ...bowtie, properties: { ...bowtie.properties, name: undefined } };
    store.apply({
      put: [{ layer: 'industrial-zones', key: 'iz-new', feature: noName }],
      delete: [],
    });
    const problems = findProblems(store.getSnapshot(), store.getBase(), 'en');
    const crossing = problems.find((p) => p.code === 'ring-self-intersection');
    expect(crossing?.key).toBe('iz-new');
    expect(bowtie.geometry.type === 'Polygon' && bowtie.geometry.coordinates[0]).toContainEqual(
      crossing?.position,
    );
    expect(problems.some((p) => p.message.includes('name'))).toBe(true);
  });

  it('reports nothing for the bundled data as loaded', () => {
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [bowtie] });
    expect(findProblems(store.getSnapshot(), store.getBase(), 'en')).toEqual([]);
  });

  it('names an id another feature of the project already uses', () => {
    const store = new DocumentStore();
    store.loadLayer('industrial-zones', { type: 'FeatureCollection', features: [] });
    store.loadLayer('security-clusters', {
      type: 'FeatureCollection',
      features: [{ ...bowtie, id: 'taken' }],
    });
    const square = {
      ...bowtie,
      id: 'taken',
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [105.655, 21.2025],
            [105.665, 21.2025],
            [105.665, 21.2075],
            [105.655, 21.2025],
          ],
        ],
      },
    };
    store.apply({
      put: [{ layer: 'industrial-zones', key: 'taken', feature: square }],
      delete: [],
    });
    const codes = findProblems(store.getSnapshot(), store.getBase(), 'en').map((p) => p.code);
    expect(codes).toEqual(['duplicate-id']);
  });
});
