// The partition moved to core/ so that the import worker can cut a new layer's map text the
// same way; kept here for the map's imports.
export { anchorOf, KdCells } from '../../core/geometry/kdCells.ts';
