import { type ApplyOutcome, applyToProject } from '../cli/apply-to-project.ts';

/** What the handler needs of an HTTP request (so it is tested without a server). */
export interface SaveRequest {
  method: string;
  /** Lower-case header names, as Node gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The peer's address (`req.socket.remoteAddress`). */
  remoteAddress: string | undefined;
  body: string;
}

export interface SaveResponse {
  status: number;
  body:
    | { ok: true; written: Extract<ApplyOutcome, { ok: true }>['written'] }
    | { ok: false; message: string };
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const LOOPBACK_ADDRESS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Handles `POST /__giapranh/save`: a changeset from the app, written into `dataDir` through the
 * same `applyToProject` as `giapranh apply`. Only a same-origin request from a page served on
 * localhost gets through: a loopback peer, a loopback `Host` (no DNS rebinding), an `Origin`
 * equal to `http://<Host>`, `Sec-Fetch-Site: same-origin` when the browser sends it, and a JSON
 * content type (so another site's form cannot post without a refused preflight). Nothing in the
 * request names a path: files come from the registry, inside `dataDir`.
 */
export function handleSaveRequest(request: SaveRequest, dataDir: string): SaveResponse {
  const refusal = originProblem(request);
  if (refusal) return refusal;
  let value: unknown;
  try {
    value = JSON.parse(request.body);
  } catch {
    return fail(400, 'the request body is not JSON');
  }
  const outcome = applyToProject(value, dataDir);
  if (outcome.ok) return { status: 200, body: { ok: true, written: outcome.written } };
  const status = { conflict: 409, invalid: 422, refused: 400 }[outcome.reason];
  return fail(status, outcome.message);
}

function originProblem(request: SaveRequest): SaveResponse | undefined {
  if (request.method !== 'POST') return fail(405, 'use POST');
  if (!request.remoteAddress || !LOOPBACK_ADDRESS.has(request.remoteAddress)) {
    return fail(403, 'saving to the project is only allowed from this computer');
  }
  const host = header(request, 'host');
  if (!host || !LOOPBACK_HOST.test(host)) {
    return fail(403, 'saving to the project is only allowed on localhost');
  }
  if (header(request, 'origin') !== `http://${host}`) {
    return fail(403, 'saving to the project is only allowed from the app itself (same origin)');
  }
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    return fail(403, 'saving to the project is only allowed from the app itself (same origin)');
  }
  const type = header(request, 'content-type');
  if (!type || !/^application\/json\b/i.test(type)) {
    return fail(415, 'send the changeset as application/json');
  }
  return undefined;
}

function header(request: SaveRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function fail(status: number, message: string): SaveResponse {
  return { status, body: { ok: false, message } };
}
