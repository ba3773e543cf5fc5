import { type MutableRefObject, useCallback, useEffect, useState } from 'react';
import { type DocumentStore, newFeatureId } from '../../core/document/index.ts';
import {
  cutWithLine,
  type EditOpResult,
  isRefusal,
  mergeZones,
  partnerZone,
  simplifyZone,
  subtractZone,
} from '../../core/edit-ops/index.ts';
import { formatArea } from '../../core/format/propertyText.ts';
import { type EditOpsMessageKey, to } from '../../core/i18n/editOpsMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { FeaturePick, MapClick } from '../../map/MapController.ts';

/** The planar operations on the selected zone. */
export type EditOpKind = 'merge' | 'cut' | 'subtract' | 'simplify';

/**
 * An operation waiting for the planner's second input: a click on the map (merge, subtract) or
 * a drawn line (cut). The editor hands it its map clicks and drawn lines while it waits.
 */
export interface PendingOp {
  onClick?: (click: MapClick) => void;
  onLine?: (line: GeoJSON.LineString) => void;
  /** Esc: drop the operation (and a line in progress); nothing changes. */
  cancel: () => void;
}

/** What the last operation said: its result, or why it was refused (nothing changed then). */
export interface EditOpMessage {
  kind: 'done' | 'refused';
  text: string;
}

const LABEL: Record<EditOpKind, EditOpsMessageKey> = {
  merge: 'mergeZones',
  cut: 'cutWithLine',
  subtract: 'subtract',
  simplify: 'simplify',
};

export interface EditOpsOptions {
  lang: Lang;
  store: DocumentStore;
  /** The zone being edited, if any. */
  selected: FeaturePick | null;
  readOnly: boolean;
  /** Where the editor looks for an operation waiting for a click or a line. */
  pendingRef: MutableRefObject<PendingOp | null>;
  /** Starts drawing the cutting line, keeping the selection. */
  drawCutLine: () => void;
  /** Stops drawing the line: back to reshaping the selected zone. */
  stopCutLine: () => void;
  /** Selects a feature to reshape (the first part of a cut, say). */
  select: (pick: FeaturePick) => void;
}

/**
 * The toolbar's planar operations over the selected zone: merge with a clicked zone, cut with a
 * drawn line, subtract a clicked zone, simplify at a tolerance in metres. Each runs its kernel
 * (core/edit-ops) on the document and applies the one patch it returns, so it is one undo
 * step; a refusal is shown and nothing is applied.
 */
export function useEditOps(options: EditOpsOptions) {
  const { lang, store, selected, readOnly, pendingRef } = options;
  const [active, setActive] = useState<EditOpKind | null>(null);
  const [message, setMessage] = useState<EditOpMessage | null>(null);
  const { drawCutLine, stopCutLine, select } = options;

  const finish = useCallback(
    (kind: EditOpKind, result: EditOpResult) => {
      pendingRef.current = null;
      setActive(null);
      if (!result.ok) {
        setMessage({ kind: 'refused', text: result.message[lang] });
        return false;
      }
      store.apply(result.patch);
      const areas = result.areasSquareMeters.map((area) => formatArea(area, lang));
      setMessage({ kind: 'done', text: `${to(lang, LABEL[kind])}: ${areas.join(', ')}` });
      return true;
    },
    [store, lang, pendingRef],
  );

  const cancel = useCallback(() => {
    if (pendingRef.current) pendingRef.current.cancel();
    else setActive(null);
  }, [pendingRef]);

  // The selection went (or changed): an operation waiting on it has nothing to work on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of selection cancels.
  useEffect(() => cancel(), [selected?.layerId, selected?.featureKey]);

  const start = useCallback(
    (kind: EditOpKind) => {
      if (readOnly || !selected) return;
      const layer = getLayer(selected.layerId);
      if (!layer) return;
      if (active === kind) return cancel();
      cancel();
      setMessage(null);
      setActive(kind);
      const { featureKey } = selected;
      const drop = () => {
        pendingRef.current = null;
        setActive(null);
      };
      if (kind === 'merge' || kind === 'subtract') {
        pendingRef.current = {
          cancel: drop,
          onClick: (click) => {
            const doc = store.getSnapshot();
            const partner = partnerZone(doc, selected, click.stack, kind);
            if (isRefusal(partner)) return finish(kind, partner);
            finish(
              kind,
              kind === 'merge'
                ? mergeZones(doc, layer, featureKey, partner.featureKey)
                : subtractZone(doc, layer, featureKey, partner.zone),
            );
          },
        };
      }
      if (kind === 'cut') {
        pendingRef.current = {
          onLine: (line) => {
            const result = cutWithLine(store.getSnapshot(), layer, featureKey, line, () =>
              newFeatureId(layer.id),
            );
            stopCutLine();
            if (finish(kind, result) && result.ok && result.keys[0]) {
              select({ layerId: layer.id, featureKey: result.keys[0] });
            }
          },
          cancel: () => {
            drop();
            stopCutLine();
          },
        };
        drawCutLine();
      }
    },
    [
      readOnly,
      selected,
      active,
      cancel,
      finish,
      store,
      pendingRef,
      drawCutLine,
      stopCutLine,
      select,
    ],
  );

  /** Simplifies the selected zone at a tolerance (the panel's Apply). */
  const simplify = useCallback(
    (toleranceMeters: number) => {
      const layer = selected && getLayer(selected.layerId);
      if (!selected || !layer || readOnly) return;
      finish(
        'simplify',
        simplifyZone(store.getSnapshot(), layer, selected.featureKey, toleranceMeters),
      );
    },
    [selected, readOnly, store, finish],
  );

  return { active, message, start, cancel, simplify, dismiss: () => setMessage(null) };
}
