import type { AdminFrame } from './admin-frame.ts';

/** Where the worker reads the units from: absolute URLs of the bundled files. */
export interface AdminUnitsUrls {
  districts2019: string;
  communes2025: string;
}

/** "Where does this geometry lie?": answered by `workers/adminFrame.worker.ts`. */
export interface AdminFrameRequest {
  serial: number;
  geometry: GeoJSON.Geometry;
  units: AdminUnitsUrls;
}

/** The frame of the request with the same serial, or why there is none. */
export type AdminFrameResponse =
  | { serial: number; frame: AdminFrame }
  | { serial: number; error: string };
