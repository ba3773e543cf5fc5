import { toProjectedMeters } from '../../core/coords/systems.ts';
import { tf } from '../../core/i18n/finding-messages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';

/**
 * A point feature's position, as rows of the inspector's list: WGS84 degrees and VN-2000 TM-3
 * 105°00′ metres (X northing, Y easting, as Vietnamese surveys write them). Nothing for other
 * geometries.
 */
export function PointPositionRows({ lang, feature }: { lang: Lang; feature: GeoJSON.Feature }) {
  if (feature.geometry?.type !== 'Point') return null;
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  const [easting, northing] = toProjectedMeters('vn2000-tm3-105', [lon, lat]);
  return (
    <>
      <dt>{t(lang, 'position')} (WGS84)</dt>
      <dd data-testid="point-wgs84">
        {lat.toFixed(6)}, {lon.toFixed(6)}
      </dd>
      <dt>{tf(lang, 'coordsVn2000')}</dt>
      <dd data-testid="point-vn2000">
        X: {northing.toFixed(1)} Y: {easting.toFixed(1)}
      </dd>
    </>
  );
}
