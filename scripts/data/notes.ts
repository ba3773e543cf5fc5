/**
 * A feature's note in both languages, written as `name` and `name_en` are: `notes` holds the
 * Vietnamese text the Vietnamese UI shows, `notes_en` the English one.
 */
export interface Note {
  vi: string;
  en: string;
}

/** Notes run together, sentence after sentence, in each language. */
export function joinNotes(...parts: readonly Note[]): Note {
  return {
    vi: parts.map((part) => part.vi).join(' '),
    en: parts.map((part) => part.en).join(' '),
  };
}

/** The properties a note is written as. */
export function noteProperties(note: Note): { notes: string; notes_en: string } {
  return { notes: note.vi, notes_en: note.en };
}
