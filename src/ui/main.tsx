import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { warmUpMap } from '../map/warmUp.ts';
import { App } from './App.tsx';
import { preloadBundledLayers } from './data/bundledLayers.ts';
import { styleAssetsForPage } from './data/styleAssets.ts';
import './styles.css';
import './print.css';

const assets = styleAssetsForPage();
warmUpMap(assets.basemap.tilesUrl);
preloadBundledLayers();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App assets={assets} />
  </StrictMode>,
);
