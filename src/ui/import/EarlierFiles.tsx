import { tt } from '../../core/i18n/importTargetMessages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { Landing } from '../../core/import/import-patch.ts';
import type { EarlierFile } from './useImport.ts';

/** Where an earlier file landed: “its new layer(s)” or “the existing layer”. */
function landedIn(landing: Landing, layerTitle: (layerId: string) => string): string {
  return landing.layers
    .map((layer) => `“${layer.created ? layer.name : layerTitle(layer.id)}”`)
    .join(', ');
}

/** One line per earlier file of the same choice or drop: what became of it, and where. */
export function EarlierFiles(props: {
  lang: Lang;
  files: readonly EarlierFile[];
  layerTitle: (layerId: string) => string;
}) {
  const { lang, files } = props;
  if (files.length === 0) return null;
  const line = ({ outcome, landing, declined, failed }: EarlierFile) => {
    if (failed) return failed;
    if (declined) return `${t(lang, 'importEarlierRejected')} — ${tt(lang, 'importDeclined')}`;
    if (!outcome.accepted)
      return `${t(lang, 'importEarlierRejected')} — ${outcome.errors[0]?.message ?? ''}`;
    const into = landing
      ? ` ${tt(lang, 'importEarlierInto')} ${landedIn(landing, props.layerTitle)}`
      : '';
    return `${t(lang, 'importEarlierAccepted')} ${outcome.featureCount}${into}`;
  };
  return (
    <>
      <h3>{t(lang, 'importEarlier')}</h3>
      <ul className="earlier-imports" data-testid="import-earlier">
        {files.map((file, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: listed in the order imported, never reordered.
          <li key={i}>
            {file.outcome.fileName}: {line(file)}
          </li>
        ))}
      </ul>
    </>
  );
}
