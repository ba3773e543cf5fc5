import { te } from '../../core/i18n/embedMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/**
 * Beside "Pin the data": what a pinned embed is and, while no pinned data holds the shown layers,
 * who makes it. The command is for the site's maintainer, folded away from the planner.
 */
export function PinHowTo(props: { lang: Lang; layerIds: readonly string[]; pinnable: boolean }) {
  const { lang } = props;
  const layers = props.layerIds.length > 0 ? ` --layers ${props.layerIds.join(',')}` : '';
  const command = `node bin/giapranh.js snapshot${layers}`;
  return (
    <div className="embed-pin-howto" data-testid="embed-pin-howto">
      <p>{te(lang, 'embedPinWhat')}</p>
      {!props.pinnable && (
        <>
          <p>{te(lang, 'embedPinNoneYet')}</p>
          <details>
            <summary>{te(lang, 'embedPinTechSummary')}</summary>
            <p>{te(lang, 'embedPinTechSteps')}</p>
            <code>{command}</code>
          </details>
        </>
      )}
    </div>
  );
}
