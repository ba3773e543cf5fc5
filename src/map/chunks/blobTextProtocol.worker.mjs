// Loaded into each of MapLibre's workers by `importScriptInWorkers` (see blobTextProtocol.ts):
// the worker reads a chunk's text itself. Without it, MapLibre's worker asks the page for any
// URL that is not http(s), and the page would read and parse every chunk on the main thread.
const SCHEME = 'giapranh-blob://';

self.addProtocol('giapranh-blob', async (request, abortController) => {
  const response = await fetch(request.url.slice(SCHEME.length), {
    signal: abortController.signal,
  });
  if (!response.ok) throw new Error(`${request.url}: ${response.status}`);
  if (request.type === 'json') return { data: await response.json() };
  if (request.type === 'arrayBuffer') return { data: await response.arrayBuffer() };
  return { data: await response.text() };
});

// A GeoJSON source given a URL gets its parsed data sent back to the page when the worker has
// read it (MapLibre keeps it for `getData`), so each chunk of a large import arrived on the main
// thread as a structured clone of every feature, walked again by MapLibre's deserialiser and
// followed by the garbage collections: the longest tasks of a 50 MB import (~270 ms). The map
// never asks a source of ours for its data, so the worker answers our URLs without it. Written
// against MapLibre's worker (`self.worker.actor`, its `LD` "load data" handler); should either
// be missing the data is sent back as before.
const handlers = self.worker?.actor?.messageHandlers;
const loadData = handlers?.LD;
if (typeof loadData === 'function') {
  handlers.LD = async (mapId, params, ...rest) => {
    const result = await loadData(mapId, params, ...rest);
    const url = params?.request?.url;
    if (typeof url === 'string' && url.startsWith(SCHEME) && result && 'data' in result) {
      const { data: _echo, ...answer } = result;
      return answer;
    }
    return result;
  };
}
