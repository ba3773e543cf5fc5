import { useMemo, useState } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { embedUrl, iframeCode } from '../../core/url/embed-code.ts';
import { Dialog } from '../Dialog.tsx';

/**
 * "Embed the map": the `<iframe>` code for the current view — the layers shown, the language
 * and the camera — ready to paste into a web page or an online report.
 */
export function EmbedCodeDialog(props: {
  lang: Lang;
  layerIds: readonly string[];
  onClose: () => void;
}) {
  const { lang } = props;
  const [copied, setCopied] = useState(false);
  // Read once when the dialog opens: MapLibre keeps the camera in the page's hash.
  const src = useMemo(
    () =>
      embedUrl(window.location.href, {
        layerIds: props.layerIds,
        lang,
        cameraHash: window.location.hash,
      }),
    [props.layerIds, lang],
  );
  const code = iframeCode(src, t(lang, 'appTitle'));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the text stays selectable in the box.
      setCopied(false);
    }
  };
  return (
    <Dialog lang={lang} title={t(lang, 'embedMap')} onClose={props.onClose}>
      <p>{t(lang, 'embedHint')}</p>
      <textarea
        className="embed-code"
        aria-label={t(lang, 'embedCode')}
        readOnly
        rows={5}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="row">
        <button type="button" className="primary" onClick={copy}>
          {copied ? t(lang, 'copied') : t(lang, 'copy')}
        </button>
        <a href={src} target="_blank" rel="noopener">
          {t(lang, 'openEmbed')}
        </a>
      </div>
    </Dialog>
  );
}
