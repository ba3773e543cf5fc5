import { lazy, Suspense } from 'react';
import type { BoundaryFrame } from '../../core/basemap/frame.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { FrameSwitch } from '../FrameSwitch.tsx';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { CopyLinkButton } from '../share/CopyLinkButton.tsx';
import { TopbarMenu } from './TopbarMenu.tsx';

// The search box carries proj4 (VN-2000): it loads just after the first render, so the map
// does not wait for it.
const SearchBox = lazy(() =>
  import('../search/SearchBox.tsx').then((m) => ({ default: m.SearchBox })),
);

/** The dialogs the top bar opens. */
export type TopbarDialog = 'figure' | 'embed' | 'about';

/** What the top bar shows and what its controls change. */
export interface AppTopbarProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  frame: BoundaryFrame;
  onFrame: (frame: BoundaryFrame) => void;
  /** The features the search box finds (those the filters let through). */
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  onFeature: (layerId: string, featureKey: string) => void;
  onPosition: (lngLat: [number, number]) => void;
  onDialog: (dialog: TopbarDialog) => void;
  /** The note "Copy link" shows on the edits a link cannot carry (`useEditsLeftOut`). */
  editsLeftOut: () => string[];
}

/** The app's top bar: the title, the search box, and the menu of sharing and settings. */
export function AppTopbar(props: AppTopbarProps) {
  const { lang, onDialog } = props;
  const [titleBrand, titleRest] = t(lang, 'appTitle').split(' — ');
  return (
    <header className="topbar">
      <h1>
        {titleBrand}
        {titleRest && <span className="title-rest"> — {titleRest}</span>}{' '}
        <small>{t(lang, 'appSubtitle')}</small>
      </h1>
      <Suspense fallback={null}>
        <SearchBox
          lang={lang}
          collections={props.collections}
          onFeature={props.onFeature}
          onPosition={props.onPosition}
        />
      </Suspense>
      <TopbarMenu lang={lang}>
        <button type="button" className="tool-button" onClick={() => onDialog('figure')}>
          {t(lang, 'exportFigure')}
        </button>
        <CopyLinkButton lang={lang} editsLeftOut={props.editsLeftOut} />
        <button type="button" className="tool-button" onClick={() => onDialog('embed')}>
          {t(lang, 'embedMap')}
        </button>
        <button type="button" className="tool-button" onClick={() => onDialog('about')}>
          {t(lang, 'aboutData')}
        </button>
        <FrameSwitch lang={lang} frame={props.frame} onChange={props.onFrame} />
        <LanguageSwitch lang={lang} onChange={props.onLang} />
      </TopbarMenu>
    </header>
  );
}
