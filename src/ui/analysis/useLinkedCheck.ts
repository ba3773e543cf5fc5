import { useEffect, useRef } from 'react';
import type { CheckSpec } from '../../core/checks/check-spec.ts';
import { PRESET_CHECKS } from '../../core/checks/presets.ts';
import type { LayerData } from '../../core/checks/resolve-input.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/** Every `layerId` a check reads, wherever it sits in the spec. */
function layerIdsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'layerId' && typeof inner === 'string') into.add(inner);
    else layerIdsOf(inner, into);
  }
  return into;
}

/**
 * The active preset check as the link names it: run when the link (on arrival, Back or Forward)
 * names one and its layers have loaded, cleared when it names none.
 */
export function useLinkedCheck(options: {
  checkId: string | null;
  lang: Lang;
  layers: LayerData;
  run: (spec: CheckSpec, title: string) => void;
  clear: () => void;
}) {
  const { checkId, lang, layers, run, clear } = options;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (checkId === shown.current) return;
    if (checkId === null) {
      shown.current = null;
      clear();
      return;
    }
    const preset = PRESET_CHECKS.find((check) => check.id === checkId);
    if (!preset) return;
    const ready = [...layerIdsOf(preset.spec)].every((id) => layers[id] !== undefined);
    if (!ready) return;
    shown.current = checkId;
    run(preset.spec, preset.name[lang]);
  }, [checkId, lang, layers, run, clear]);
  /** Records a check the planner ran here, so the link's change does not run it twice. */
  return (id: string | null) => {
    shown.current = id;
  };
}
