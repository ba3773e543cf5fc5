import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { FormatError } from './format-error.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions } from './types.ts';

/** A TopoJSON topology: every object's features in one collection, each tagged with its object. */
export function parseTopoJson(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  let topology: Topology;
  try {
    topology = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Topology;
  } catch (error) {
    throw new FormatError('syntax', `${fileName}: not valid JSON (${(error as Error).message})`);
  }
  if (
    topology?.type !== 'Topology' ||
    typeof topology.objects !== 'object' ||
    !Array.isArray(topology.arcs)
  ) {
    throw new FormatError(
      'syntax',
      `${fileName}: not a TopoJSON topology (no "objects" and "arcs")`,
    );
  }
  const features: Feature[] = [];
  for (const object of Object.values(topology.objects)) {
    const converted = feature(topology, object) as Feature | FeatureCollection;
    const list = converted.type === 'FeatureCollection' ? converted.features : [converted];
    for (const item of list) {
      if (item.geometry === null) continue;
      features.push({ ...item, properties: { ...item.properties } });
    }
  }
  return toWgs84(
    { format: 'topojson', collection: { type: 'FeatureCollection', features } },
    fileName,
    options,
  );
}
