import { useState } from 'react';
import { BASEMAP_CREDIT_LINE } from '../../core/basemap/credits.ts';
import { withDpi } from '../../core/figure/png-dpi.ts';
import { FIGURE_PRESETS } from '../../core/figure/presets.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { MapController } from '../../map/MapController.ts';
import { Dialog } from '../Dialog.tsx';
import { downloadBytes } from '../download.ts';

/**
 * A report figure of the current view: title, map at print resolution, legend of the visible
 * layers, scale bar, north arrow and sources, as a PNG that knows its dpi.
 */
export function FigureDialog(props: {
  lang: Lang;
  controller: () => MapController | null;
  legendLayers: readonly LayerDef[];
  onClose: () => void;
}) {
  const { lang } = props;
  const [title, setTitle] = useState(t(lang, 'appTitle'));
  const [presetId, setPresetId] = useState('a4');
  const [status, setStatus] = useState<'idle' | 'working' | { error: string }>('idle');

  const make = async () => {
    const preset = FIGURE_PRESETS.find((p) => p.id === presetId) ?? FIGURE_PRESETS[0]!;
    const controller = props.controller();
    if (!controller) return;
    setStatus('working');
    try {
      // The composition code (and its off-screen map) loads only when a figure is made.
      const { composeFigure } = await import('../../map/figure/composeFigure.ts');
      const png = await composeFigure(controller.map, {
        title,
        legendTitle: t(lang, 'legend'),
        legend: props.legendLayers.map((layer) => ({ layer, title: layer.title[lang] })),
        footer: t(lang, 'figureFooter'),
        credits: BASEMAP_CREDIT_LINE,
        widthPx: preset.widthPx,
        heightPx: preset.heightPx,
        pixelRatio: preset.pixelRatio,
      });
      downloadBytes('giapranh-figure.png', withDpi(png, preset.dotsPerInch), 'image/png');
      setStatus('idle');
    } catch (error) {
      setStatus({ error: (error as Error).message });
    }
  };

  return (
    <Dialog lang={lang} title={t(lang, 'exportFigure')} onClose={props.onClose}>
      <label className="field">
        <span>{t(lang, 'figureTitle')}</span>
        <input
          aria-label={t(lang, 'figureTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <fieldset className="field">
        <legend>{t(lang, 'figureSize')}</legend>
        {FIGURE_PRESETS.map((preset) => (
          <label key={preset.id} className="check">
            <input
              type="radio"
              name="figure-size"
              checked={presetId === preset.id}
              onChange={() => setPresetId(preset.id)}
            />
            {t(lang, preset.label)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="button" className="primary" disabled={status === 'working'} onClick={make}>
          {status === 'working' ? t(lang, 'figureWorking') : t(lang, 'figureDownload')}
        </button>
      </div>
      {typeof status === 'object' && (
        <p role="alert" className="error">
          {t(lang, 'figureFailed')}: {status.error}
        </p>
      )}
    </Dialog>
  );
}
