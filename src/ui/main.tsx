import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import basemapUrl from '../../data/basemap/basemap.geojson?url';
import { App } from './App.tsx';
import { remoteBasemapFromEnv } from './remoteBasemap.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const base = window.location.href;
createRoot(root).render(
  <StrictMode>
    <App
      assets={{
        basemapUrl: new URL(basemapUrl, base).href,
        baseUrl: base,
        remote: remoteBasemapFromEnv(),
      }}
    />
  </StrictMode>,
);
