import { useEffect, useState } from 'react';
import { formatDms } from '../../core/coords/dms.ts';
import { toProjectedMeters } from '../../core/coords/systems.ts';
import { type FindingMessageKey, tf } from '../../core/i18n/finding-messages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { MapController } from '../../map/MapController.ts';
import { mapCenter, watchPointer } from '../../map/pointerPosition.ts';
import { usePersistentState } from '../hooks/usePersistentState.ts';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

interface Row {
  id: 'vn2000' | 'wgs84' | 'dms' | 'utm';
  label: FindingMessageKey;
  text: string;
}

const metres = (value: number) => value.toFixed(1);

/** The readout rows for a position; VN-2000 first in Vietnamese, where planners work in it. */
export function readoutRows(lngLat: [number, number], lang: Lang): Row[] {
  const [lon, lat] = lngLat;
  const [e, n] = toProjectedMeters('vn2000-tm3-105', lngLat);
  const [ue, un] = toProjectedMeters('utm-48n', lngLat);
  // Vietnamese surveyors write X for the northing and Y for the easting.
  const vn2000: Row = {
    id: 'vn2000',
    label: 'coordsVn2000',
    text: lang === 'vi' ? `X: ${metres(n)}  Y: ${metres(e)}` : `E: ${metres(e)}  N: ${metres(n)}`,
  };
  const rows: Row[] = [
    { id: 'wgs84', label: 'coordsWgs84', text: `${lat.toFixed(6)}, ${lon.toFixed(6)}` },
    { id: 'dms', label: 'coordsDms', text: `${formatDms(lat, 'lat')} ${formatDms(lon, 'lon')}` },
    { id: 'utm', label: 'coordsUtm', text: `UTM 48N E: ${metres(ue)}  N: ${metres(un)}` },
  ];
  return lang === 'vi' ? [vn2000, ...rows] : [...rows, vn2000];
}

/**
 * The pointer's position in VN-2000 TM-3 105°00′, WGS84 (decimal and DMS) and UTM 48N, each
 * with a copy button. Before the pointer moves (keyboard, touch) it reads the map's centre.
 * Folded, it shows the language's first system only: all four rows cover a corner of the map
 * large enough to hide the vertices a planner drags there.
 */
export function CoordinateReadout({
  lang,
  controller,
}: {
  lang: Lang;
  controller: MapController | null;
}) {
  const [lngLat, setLngLat] = useState<[number, number] | null>(null);
  const [copied, setCopied] = useState<Row['id'] | null>(null);
  const [unfolded, setUnfolded] = usePersistentState('coordsUnfolded', false, isBoolean);

  useEffect(() => {
    if (!controller) return;
    setLngLat(mapCenter(controller));
    return watchPointer(controller, (position) => position && setLngLat(position));
  }, [controller]);

  if (!lngLat) return null;
  const copy = (row: Row) => {
    void navigator.clipboard?.writeText(row.text).then(() => setCopied(row.id));
  };
  return (
    <section className="coords-readout" aria-label={tf(lang, 'coordinates')} data-testid="coords">
      <button
        type="button"
        className="coords-more"
        aria-expanded={unfolded}
        aria-label={tf(lang, 'coordsMore')}
        title={tf(lang, 'coordsMore')}
        onClick={() => setUnfolded(!unfolded)}
      >
        {unfolded ? '▾' : '▸'}
      </button>
      <dl>
        {readoutRows(lngLat, lang).map((row, index) => (
          <div
            key={row.id}
            className="coords-row"
            data-testid={`coords-${row.id}`}
            hidden={index > 0 && !unfolded}
          >
            <dt>{tf(lang, row.label)}</dt>
            <dd>
              <output>{row.text}</output>
              <button
                type="button"
                className="coords-copy"
                onClick={() => copy(row)}
                aria-label={`${tf(lang, 'copyValue')}: ${tf(lang, row.label)}`}
              >
                {copied === row.id ? tf(lang, 'copiedValue') : tf(lang, 'copyValue')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
