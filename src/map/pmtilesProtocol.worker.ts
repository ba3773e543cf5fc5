// Loaded into each of MapLibre's workers by `importScriptInWorkers` (see pmtilesProtocol.ts): the
// worker reads the basemap's tiles from the archive itself. Without it, MapLibre's worker asks
// the page for any URL that is not http(s): at start-up each tile waited for the page's main
// thread, busy compiling the plan layers' shaders, and the basemap came last.
import { Protocol } from 'pmtiles';

interface WorkerScope {
  addProtocol: (scheme: string, load: Protocol['tilev4']) => void;
}

const protocol = new Protocol();
(self as unknown as WorkerScope).addProtocol('pmtiles', protocol.tilev4);
