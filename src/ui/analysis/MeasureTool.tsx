import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { type MeasureMode, measureOverlay, measurePath } from '../../core/measure/measure-path.ts';
import type { MapClick } from '../../map/MapController.ts';
import type { MapTool } from './mapTool.ts';

type LengthUnit = 'm' | 'km';
type AreaUnit = 'm2' | 'ha';
const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

// The two clicks of a double-click land on (nearly) the same spot; they are one point.
const SAME_POINT_DEGREES = 1e-7;
function withoutRepeats(points: readonly [number, number][]): [number, number][] {
  return points.filter((point, i) => {
    const previous = points[i - 1];
    return (
      !previous ||
      Math.abs(previous[0] - point[0]) + Math.abs(previous[1] - point[1]) > SAME_POINT_DEGREES
    );
  });
}

/** Click points on the map for geodesic distances (each leg and total) or an area. */
export function MeasureTool(props: {
  lang: Lang;
  setMapTool: (tool: MapTool | null) => void;
  onOverlay: (collection: GeoJSON.FeatureCollection) => void;
}) {
  const { lang, setMapTool, onOverlay } = props;
  const [mode, setMode] = useState<MeasureMode>('distance');
  const [active, setActive] = useState(false);
  const [points, setPoints] = useState<[number, number][]>([]);
  const [lengthUnit, setLengthUnit] = useState<LengthUnit>('km');
  const [areaUnit, setAreaUnit] = useState<AreaUnit>('ha');
  const clean = useMemo(() => withoutRepeats(points), [points]);
  const measure = useMemo(() => measurePath(clean, mode), [clean, mode]);

  // The tool is handed to the map in the click that starts it (not in an effect), so the very
  // next click on the map is already a measure point.
  const finish = useCallback(() => {
    setActive(false);
    setMapTool(null);
    setPoints((current) => withoutRepeats(current));
  }, [setMapTool]);
  const tool: MapTool = useMemo(
    () => ({
      onClick: (click: MapClick) => setPoints((current) => [...current, click.lngLat]),
      onDoubleClick: () => finish(),
    }),
    [finish],
  );
  const start = () => {
    setPoints([]);
    setActive(true);
    setMapTool(tool);
  };

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && finish();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, finish]);

  // Leaving the panel (or the app) while measuring hands the clicks back to the map.
  useEffect(() => () => setMapTool(null), [setMapTool]);

  // The map's leg labels say the same as the panel, in its unit.
  const length = useCallback(
    (meters: number) =>
      lengthUnit === 'km'
        ? `${(meters / 1000).toLocaleString(LOCALE[lang], { maximumFractionDigits: 3 })} km`
        : `${meters.toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 })} m`,
    [lengthUnit, lang],
  );
  useEffect(
    () => onOverlay(clean.length > 0 ? measureOverlay(clean, mode, measure, length) : EMPTY),
    [clean, mode, measure, onOverlay, length],
  );
  const area = (squareMeters: number) =>
    areaUnit === 'ha'
      ? `${(squareMeters / 10_000).toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 })} ha`
      : `${squareMeters.toLocaleString(LOCALE[lang], { maximumFractionDigits: 0 })} m²`;

  return (
    <section className="tool measure-tool" aria-labelledby="measure-title">
      <h3 id="measure-title">{t(lang, 'measure')}</h3>
      <div className="row">
        <select
          aria-label={t(lang, 'measureMode')}
          value={mode}
          onChange={(e) => setMode(e.target.value as MeasureMode)}
        >
          <option value="distance">{t(lang, 'measureDistance')}</option>
          <option value="area">{t(lang, 'measureArea')}</option>
        </select>
        {active ? (
          <button type="button" onClick={finish}>
            {t(lang, 'measureStop')}
          </button>
        ) : (
          <button type="button" onClick={start}>
            {t(lang, 'measureStart')}
          </button>
        )}
        <button type="button" onClick={() => setPoints([])} disabled={points.length === 0}>
          {t(lang, 'measureClear')}
        </button>
      </div>
      <div className="row units">
        <label>
          {t(lang, 'units')}{' '}
          <select
            value={lengthUnit}
            onChange={(e) => setLengthUnit(e.target.value as LengthUnit)}
            aria-label={`${t(lang, 'units')}: m/km`}
          >
            <option value="m">m</option>
            <option value="km">km</option>
          </select>
        </label>
        {mode === 'area' && (
          <select
            value={areaUnit}
            onChange={(e) => setAreaUnit(e.target.value as AreaUnit)}
            aria-label={`${t(lang, 'units')}: m²/ha`}
          >
            <option value="m2">m²</option>
            <option value="ha">ha</option>
          </select>
        )}
      </div>
      {active && <p className="hint">{t(lang, 'measureHint')}</p>}
      {measure.segmentsMeters.length > 0 && (
        <dl className="measure-result" data-testid="measure-result">
          {measure.segmentsMeters.map((meters, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: legs are positional.
            <div key={i}>
              <dt>
                {t(lang, 'segment')} {i + 1}
              </dt>
              <dd>{length(meters)}</dd>
            </div>
          ))}
          <div className="total">
            <dt>{mode === 'area' ? t(lang, 'perimeter') : t(lang, 'total')}</dt>
            <dd data-testid="measure-total">{length(measure.totalMeters)}</dd>
          </div>
          {measure.areaSquareMeters !== undefined && (
            <div className="total">
              <dt>{t(lang, 'measureArea')}</dt>
              <dd data-testid="measure-area">{area(measure.areaSquareMeters)}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
