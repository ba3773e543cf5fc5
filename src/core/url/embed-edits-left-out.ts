import { te } from '../i18n/embedMessages.ts';
import type { Lang } from '../i18n/messages.ts';
import { editsLeftOutLines, type LayerEditsLeftOut } from './edits-left-out.ts';

/**
 * The embed dialog's note on the edits in this browser an embed leaves out, as plain text
 * paragraphs: the intro, one line per layer (worded as "Copy link" words them), then how to get
 * them into an embed. Only the project's layers the embed shows: the planner's own layers have
 * their own note (it cannot show them at all). Empty when nothing shown is edited.
 */
export function embedEditsLeftOutNote(
  lang: Lang,
  edits: readonly LayerEditsLeftOut[],
  shownLayerIds: readonly string[],
  titleOf: (layerId: string) => string,
): string[] {
  const shown = edits.filter((layer) => !layer.own && shownLayerIds.includes(layer.layerId));
  if (shown.length === 0) return [];
  const lines = editsLeftOutLines(lang, shown, titleOf);
  return [te(lang, 'embedLeavesOut'), ...lines, te(lang, 'embedEditsHowTo')];
}
