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
