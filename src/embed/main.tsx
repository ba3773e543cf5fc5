import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../core/i18n/messages.ts';
import { LAYERS } from '../core/layers/registry.ts';
import { parseViewParams } from '../core/url/view-params.ts';
import { styleAssetsForPage } from '../ui/data/styleAssets.ts';
import { EmbedApp } from './EmbedApp.tsx';
import '../ui/base.css';
import './embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const params = parseViewParams(window.location.search, LAYERS);
document.documentElement.lang = params.lang;
document.title = t(params.lang, 'appTitle');

createRoot(root).render(
  <StrictMode>
    <EmbedApp assets={styleAssetsForPage()} params={params} />
  </StrictMode>,
);
