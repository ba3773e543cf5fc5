/**
 * The URL "Save to project" posts a changeset to under `npm run dev` (src/devserver/). Here in
 * core/ so the app and the dev server name it once. The answer is JSON: `{ ok: true, written }`
 * (200) or `{ ok: false, message }` (403 not same-origin localhost, 409 conflict, 422 invalid,
 * 400 refused).
 */
export const SAVE_ENDPOINT = '/__giapranh/save';
