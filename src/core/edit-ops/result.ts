import type { Patch } from '../document/patch.ts';
import type { LocalizedText } from '../layers/types.ts';

/** Why an operation was refused: a stable code and a sentence for the planner. */
export interface EditOpRefusal {
  ok: false;
  code:
    | 'missing'
    | 'not-polygon'
    | 'same-feature'
    | 'not-touching'
    | 'no-zone-here'
    | 'line-not-crossing'
    | 'empty'
    | 'no-overlap'
    | 'tolerance'
    | 'nothing-removed'
    | 'geometry-type'
    | 'invalid'
    | 'area-mismatch';
  message: LocalizedText;
}

/** A planar operation's outcome: one patch to apply through the store (one undo step). */
export interface EditOpSuccess {
  ok: true;
  patch: Patch;
  /** The keys of the features the operation wrote, in order (e.g. both parts of a cut). */
  keys: string[];
  /** Each written feature's geodesic area on WGS84, in the order of `keys`. */
  areasSquareMeters: number[];
}

export type EditOpResult = EditOpSuccess | EditOpRefusal;

/** A refusal with its message. */
export function refuse(code: EditOpRefusal['code'], message: LocalizedText): EditOpRefusal {
  return { ok: false, code, message };
}
