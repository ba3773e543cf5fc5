import { useCallback } from 'react';
import { diffAgainstBase } from '../../core/document/diffAgainstBase.ts';
import type { DocumentStore } from '../../core/document/store.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import {
  editsLeftOut,
  editsLeftOutNote,
  type LayerEditsLeftOut,
} from '../../core/url/edits-left-out.ts';

/**
 * The edits in this browser against the bundled data, by layer, read when asked (the embed
 * dialog asks once, when it opens). Empty without a document or edits.
 */
export function useLocalEdits(store: DocumentStore | null): () => LayerEditsLeftOut[] {
  return useCallback(
    () => (store ? editsLeftOut(diffAgainstBase(store.getSnapshot(), store.getBase())) : []),
    [store],
  );
}

/**
 * The note "Copy link" shows beside the link: the edits in this browser that the link cannot
 * carry (`useLocalEdits`), read when the link is copied (not on every edit). Empty without edits.
 */
export function useEditsLeftOut(
  store: DocumentStore | null,
  layerDef: (id: string) => LayerDef | undefined,
  lang: Lang,
): () => string[] {
  const localEdits = useLocalEdits(store);
  return useCallback(
    () => editsLeftOutNote(lang, localEdits(), (id) => layerDef(id)?.title[lang] ?? id),
    [localEdits, layerDef, lang],
  );
}
