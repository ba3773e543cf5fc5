import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResultRow, ResultTable } from '../../core/checks/result-table.ts';
import type { OverlayData, OverlayId } from '../../map/overlayStyle.ts';
import { onResultClick } from '../../map/resultClick.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Everything a result's rows are about, as one geometry the map can fit. */
function resultGeometry(table: ResultTable): GeoJSON.Geometry | null {
  const geometries = table.rows.flatMap((row) => (row.geometry ? [row.geometry] : []));
  return geometries.length > 0 ? { type: 'GeometryCollection', geometries } : null;
}

/**
 * The results row chosen in the table (by click or keyboard) or by a click on its drawing on
 * the map: drawn on the map's highlight
 * layer and flown to. `fitNext` asks for the next result to be fitted when it is first shown
 * (if part of it is out of view); `fitToResults` fits the camera to the whole result.
 */
export function useChosenRow(
  table: ResultTable | null,
  onOverlay: (id: OverlayId, data: OverlayData) => void,
  onZoomToGeometry: (geometry: GeoJSON.Geometry, options?: { unlessInView?: boolean }) => void,
  /** The run was cancelled or failed: its fit lapses (a later run from a link keeps its camera). */
  runFailed = false,
) {
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  // A new result (or none) chooses nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the table is the trigger.
  useEffect(() => setChosenKey(null), [table]);
  const chosen = useMemo(
    () => (table && chosenKey ? table.rows.find((row) => row.key === chosenKey) : undefined),
    [table, chosenKey],
  );
  useEffect(() => {
    const geometry = chosen?.geometry;
    onOverlay(
      'highlight',
      geometry
        ? {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: { key: chosen.key }, geometry }],
          }
        : EMPTY,
    );
  }, [chosen, onOverlay]);

  const choose = useCallback(
    (row: ResultRow) => {
      setChosenKey(row.key);
      if (row.geometry) onZoomToGeometry(row.geometry);
    },
    [onZoomToGeometry],
  );
  // A row's drawing clicked on the map chooses the row; the map moves only if it is out of view.
  useEffect(
    () =>
      onResultClick((rowKey) => {
        const row = table?.rows.find((candidate) => candidate.key === rowKey);
        if (!row) return;
        setChosenKey(row.key);
        if (row.geometry) onZoomToGeometry(row.geometry, { unlessInView: true });
      }),
    [table, onZoomToGeometry],
  );
  const fitToResults = useCallback(
    (options?: { unlessInView?: boolean }) => {
      const geometry = table && resultGeometry(table);
      if (geometry) onZoomToGeometry(geometry, options);
    },
    [table, onZoomToGeometry],
  );

  // A result run from the panel is fitted when first shown, unless the map already shows all
  // of it; one run from a link keeps the link's camera.
  const fitPending = useRef(false);
  useEffect(() => {
    if (!table || !fitPending.current) return;
    fitPending.current = false;
    fitToResults({ unlessInView: true });
  }, [table, fitToResults]);
  useEffect(() => {
    if (runFailed) fitPending.current = false;
  }, [runFailed]);
  const fitNext = useCallback(() => {
    fitPending.current = true;
  }, []);

  return { chosenKey, choose, fitToResults, fitNext };
}
