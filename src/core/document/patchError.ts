/** A patch that cannot apply to the document; the message says which op and why. */
export class PatchError extends Error {
  override name = 'PatchError';
}
