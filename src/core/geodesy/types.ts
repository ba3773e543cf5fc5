/** A GeoJSON position: longitude then latitude, in degrees (any third value is ignored). */
export type LonLat = readonly [number, number] | readonly number[];
