import { DocumentStore } from '../../core/document/store.ts';

export { newFeatureId } from '../../core/document/newFeatureId.ts';

/** A new, empty document store (this module is the store's lazily loaded chunk). */
export function createDocumentStore(): DocumentStore {
  return new DocumentStore();
}
