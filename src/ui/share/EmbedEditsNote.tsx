import type { Lang } from '../../core/i18n/messages.ts';

/**
 * In the embed dialog: the edits in this browser the embed will not show (the paragraphs of
 * `embedEditsLeftOutNote`: the intro, one line per layer, how to get them into an embed).
 * Nothing without edits to the layers it shows.
 */
export function EmbedEditsNote({
  lang,
  paragraphs,
}: {
  lang: Lang;
  paragraphs: readonly string[];
}) {
  if (paragraphs.length === 0) return null;
  const [intro, ...rest] = paragraphs;
  const howTo = rest.pop();
  return (
    <div className="embed-own-layers" role="note" data-testid="embed-edits-left-out" lang={lang}>
      <p>{intro}</p>
      <ul>
        {rest.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{howTo}</p>
    </div>
  );
}
