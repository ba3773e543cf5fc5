import { useEffect, useState } from 'react';
import type { FeatureMeasure } from '../../core/analysis/measure-feature.ts';

/**
 * The geodesic length and area of a feature (WGS84 ellipsoid, GeographicLib). The geodesy code
 * loads on first use, so it does not weigh on the first render of the map.
 */
export function useMeasurement(feature: GeoJSON.Feature): FeatureMeasure | undefined {
  const [measurement, setMeasurement] = useState<FeatureMeasure>();
  useEffect(() => {
    setMeasurement(undefined);
    let cancelled = false;
    import('../../core/analysis/measure-feature.ts').then(({ measureFeature }) => {
      if (!cancelled) setMeasurement(measureFeature(feature));
    });
    return () => {
      cancelled = true;
    };
  }, [feature]);
  return measurement;
}
