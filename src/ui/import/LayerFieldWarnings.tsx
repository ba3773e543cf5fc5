import { useEffect, useState } from 'react';
import { tr } from '../../core/i18n/importReportMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { LayerFieldCheck, type LayerFieldFindings } from '../../core/import/layer-field-check.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { timeSlices } from '../../core/scheduling/nextTask.ts';
import { FindingKinds } from './FindingKinds.tsx';

/** Features checked between two looks at the clock. */
const STEP_FEATURES = 500;

/**
 * Checks the features against the layer's schema in slices of ~20 ms, the page drawing
 * between them; stops when `stopped` says so. Resolves with the findings, or `undefined` when
 * stopped.
 */
async function checkInSlices(
  features: readonly GeoJSON.Feature[],
  layer: LayerDef,
  fileName: string,
  lang: Lang,
  stopped: () => boolean,
): Promise<LayerFieldFindings | undefined> {
  const check = new LayerFieldCheck(layer, fileName);
  const slices = timeSlices(20);
  let done = 0;
  while (done < features.length) {
    done = check.checkUpTo(features, done + STEP_FEATURES);
    await slices.pause();
    if (stopped()) return undefined;
  }
  return check.finish(lang);
}

/**
 * Before a file lands in an existing layer: what that layer's schema says of the file's
 * properties (a required one missing, a value outside its list), by kind, as the report would
 * say after landing, so the planner knows before confirming.
 */
export function LayerFieldWarnings(props: {
  lang: Lang;
  fileName: string;
  features: readonly GeoJSON.Feature[];
  layer: LayerDef;
  layerTitle: string;
}) {
  const { lang, fileName, features, layer } = props;
  const [found, setFound] = useState<LayerFieldFindings | undefined>(undefined);
  useEffect(() => {
    let stopped = false;
    setFound(undefined);
    void checkInSlices(features, layer, fileName, lang, () => stopped).then((result) => {
      if (result) setFound(result);
    });
    return () => {
      stopped = true;
    };
  }, [features, layer, fileName, lang]);
  if (!found) {
    return (
      <p className="layer-fields" data-testid="import-layer-fields">
        {tr(lang, 'layerFieldsChecking')}
      </p>
    );
  }
  if (found.warnings.length === 0) {
    return (
      <p className="layer-fields" data-testid="import-layer-fields">
        {tr(lang, 'layerFieldsOk')}
      </p>
    );
  }
  return (
    <div className="layer-fields" data-testid="import-layer-fields">
      <p>{tr(lang, 'layerFieldsWarnings', { layer: props.layerTitle })}</p>
      <FindingKinds
        lang={lang}
        fileName={fileName}
        errors={[]}
        warnings={found.warnings}
        counts={found.counts}
      />
    </div>
  );
}
