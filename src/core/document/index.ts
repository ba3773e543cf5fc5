// The document API agreed between editor-core and editor-ui. Refinements to the agreed types:
// - `DocumentState` is `{ layers: ReadonlyMap<layerId, LayerState>; clock }`; each `LayerState`
//   is `{ version; order; features: ReadonlyMap; userDef? }` (a planner's layer carries its def).
// - A layer's `version` is the document clock when it last changed: it never goes back, not even
//   on undo, so "identical document" after an inverse means identical features, order and
//   layers, with newer versions. A version therefore never names two contents (worker caches).
// - `PutOp.index` (optional) places a feature in the layer's order; inverses always carry it so
//   undo restores the order exactly. `Patch.base` is optional on input; the store stamps it.
// - `canUndo()`/`canRedo()` are methods; `getHistoryState()` gives both as one snapshot object.
// - `getBase()` is the document as loaded (bundled data, imports): what "Changes" compares to.
export { applyPatch, type PatchResult } from './applyPatch.ts';
export {
  applyChangesetLayer,
  type BuiltChangeset,
  buildChangeset,
  type Changeset,
  type ChangesetLayer,
  type Conflict,
  type LayerApplyResult,
} from './changeset.ts';
export { featureContentHash, layerContentHash } from './contentHash.ts';
export {
  diffAgainstBase,
  type LayerChanges,
  type ModifiedFeature,
} from './diffAgainstBase.ts';
export { editPropertiesPatch } from './editPropertiesPatch.ts';
export { featureKey, findByKey } from './featureKey.ts';
export { newFeatureId } from './newFeatureId.ts';
export { type ParsedChangeset, parseChangeset } from './parseChangeset.ts';
export {
  type DeleteOp,
  emptyPatch,
  isEmptyPatch,
  type LayerOp,
  layersTouched,
  type Patch,
  type PutOp,
} from './patch.ts';
export { patchBetween } from './patchBetween.ts';
export { PatchError } from './patchError.ts';
export {
  emptySaveCache,
  planSave,
  planSaveInSteps,
  type SaveCache,
  type SavePlan,
} from './planSave.ts';
export { type FeatureRef, revertPatch } from './revertPatch.ts';
export { SAVE_ENDPOINT } from './saveEndpoint.ts';
export { COORDINATE_DECIMALS, serializeLayerFile } from './serializeLayerFile.ts';
export {
  isSessionMeta,
  RECORD_PREFIX,
  type RecordKey,
  recordsOf,
  type SessionMeta,
} from './sessionFormat.ts';
export { sessionToWorkspace, workspaceFromStorage } from './sessionToWorkspace.ts';
export {
  type DocumentState,
  emptyDocument,
  keysForCollection,
  type LayerState,
  layerFromCollection,
  layerToCollection,
} from './state.ts';
export { type ApplyOptions, DocumentStore, type HistoryState } from './store.ts';
export { type EditFinding, validateFeature } from './validateFeature.ts';
export { type LonLat, vertexAtPath } from './vertexAtPath.ts';
export { isStoredWorkspace, type StoredStep, type StoredWorkspace } from './workspace.ts';
