/// <reference lib="webworker" />
import { adminFrame } from '../core/admin-frame/admin-frame.ts';
import { type AdminUnits, adminUnitsOf } from '../core/admin-frame/units.ts';
import type {
  AdminFrameRequest,
  AdminFrameResponse,
  AdminUnitsUrls,
} from '../core/admin-frame/worker-protocol.ts';

// Places drawn and imported features in the 2019 / 2025 frame off the main thread: a polygon
// the size of the region took ~1.5 s of the page. The units are fetched and indexed once.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let units: Promise<AdminUnits> | undefined;

async function fetchCollection(url: string): Promise<GeoJSON.FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as GeoJSON.FeatureCollection;
}

function loadUnits(urls: AdminUnitsUrls): Promise<AdminUnits> {
  units ??= Promise.all([fetchCollection(urls.districts2019), fetchCollection(urls.communes2025)])
    .then(([districts, communes]) => adminUnitsOf(districts, communes))
    .catch((error: unknown) => {
      // Offline on the first try: the next request fetches again.
      units = undefined;
      throw error;
    });
  return units;
}

scope.onmessage = async (event: MessageEvent<AdminFrameRequest>) => {
  const { serial, geometry } = event.data;
  let response: AdminFrameResponse;
  try {
    response = { serial, frame: adminFrame(geometry, await loadUnits(event.data.units)) };
  } catch (error) {
    response = { serial, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
