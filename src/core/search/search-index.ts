import { oneLetterDeletions, withinOneEdit } from './edit-distance.ts';
import type { SearchRecord } from './search-record.ts';
import { searchTokens } from './tokenize.ts';

/** One result: the record and how well it matched (higher is better). */
export interface SearchHit {
  record: SearchRecord;
  score: number;
}

// How a query word met a document word: exactly, as the start of it, or with one typo.
const EXACT = 4;
const PREFIX = 2;
const TYPO = 1;
// Names and ids count twice as much as other properties.
const PRIMARY_WEIGHT = 2;
const SECONDARY_WEIGHT = 1;
// Shorter words have too many one-typo neighbours ("lo" ~ "la", "le", "l").
const TYPO_MIN_LETTERS = 4;
// One letter is the start of a third of all words: it matches only itself.
const PREFIX_MIN_LETTERS = 2;

/**
 * An inverted index over search records: each folded word lists the records holding it, a
 * sorted vocabulary finds prefixes, and one-letter deletions find typos (SymSpell's idea).
 * A query costs a few lookups per word, not a pass over the records, so it stays far under a
 * frame at 100,000 features.
 */
export class SearchIndex {
  private readonly records: readonly SearchRecord[];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per term: the records holding it, and the weight of the word in each. */
  private readonly postingRecords: Int32Array[] = [];
  private readonly postingWeights: Uint8Array[] = [];
  private readonly sortedTerms: string[];
  private readonly deletions = new Map<string, number[]>();
  // Scratch space for queries, one slot per record, reused so a keystroke allocates little.
  private readonly total: Float64Array;
  private readonly wordBest: Float64Array;
  private readonly matchedWords: Uint16Array;

  constructor(records: readonly SearchRecord[]) {
    this.records = records;
    const building: { records: number[]; weights: number[] }[] = [];
    records.forEach((record, index) => {
      for (const text of record.primary) this.add(building, text, index, PRIMARY_WEIGHT);
      for (const text of record.secondary) this.add(building, text, index, SECONDARY_WEIGHT);
    });
    for (const posting of building) {
      this.postingRecords.push(Int32Array.from(posting.records));
      this.postingWeights.push(Uint8Array.from(posting.weights));
    }
    this.sortedTerms = [...this.terms].sort();
    this.terms.forEach((term, id) => {
      // Numbers are matched exactly or as a prefix: "5" is not a typo of "6".
      if (term.length < TYPO_MIN_LETTERS || /^\d+$/.test(term)) return;
      for (const deletion of oneLetterDeletions(term)) {
        const list = this.deletions.get(deletion);
        if (list) list.push(id);
        else this.deletions.set(deletion, [id]);
      }
    });
    this.total = new Float64Array(records.length);
    this.wordBest = new Float64Array(records.length);
    this.matchedWords = new Uint16Array(records.length);
  }

  get size(): number {
    return this.records.length;
  }

  /**
   * The records matching every word of the query (the last word may be unfinished), best
   * first: exact words over prefixes over typos, names over other properties.
   */
  search(query: string, limit = 50): SearchHit[] {
    const words = searchTokens(query);
    if (words.length === 0) return [];
    let alive: number[] = [];
    words.forEach((word, position) => {
      const touched = this.scoreWord(word, position, position === words.length - 1);
      alive = [];
      for (const record of touched) {
        if (this.matchedWords[record] === position && this.wordBest[record]! > 0) {
          this.matchedWords[record] = position + 1;
          this.total[record]! += this.wordBest[record]!;
          if (position === words.length - 1) alive.push(record);
        }
        this.wordBest[record] = 0;
      }
    });
    const hits = this.best(alive, limit);
    this.matchedWords.fill(0);
    this.total.fill(0);
    return hits;
  }

  private add(
    building: { records: number[]; weights: number[] }[],
    text: string,
    record: number,
    weight: number,
  ): void {
    for (const term of searchTokens(text)) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.terms.push(term);
        this.termIds.set(term, id);
        building.push({ records: [], weights: [] });
      }
      const posting = building[id] as { records: number[]; weights: number[] };
      const last = posting.records.length - 1;
      if (posting.records[last] === record) {
        posting.weights[last] = Math.max(posting.weights[last] as number, weight);
      } else {
        posting.records.push(record);
        posting.weights.push(weight);
      }
    }
  }

  /**
   * Writes the best score of one query word into `wordBest` for the records that matched every
   * word before it; returns the records it touched.
   */
  private scoreWord(word: string, position: number, mayBePrefix: boolean): number[] {
    const touched: number[] = [];
    const credit = (termId: number, match: number) => {
      const records = this.postingRecords[termId] as Int32Array;
      const weights = this.postingWeights[termId] as Uint8Array;
      for (let i = 0; i < records.length; i++) {
        const record = records[i] as number;
        if (this.matchedWords[record] !== position) continue;
        const score = match * (weights[i] as number);
        const best = this.wordBest[record] as number;
        if (best === 0) touched.push(record);
        if (best < score) this.wordBest[record] = score;
      }
    };
    if (mayBePrefix && word.length >= PREFIX_MIN_LETTERS) {
      for (const termId of this.prefixTerms(word)) credit(termId, PREFIX);
    }
    if (word.length >= TYPO_MIN_LETTERS && !/^\d+$/.test(word)) {
      for (const termId of this.typoTerms(word)) credit(termId, TYPO);
    }
    const exact = this.termIds.get(word);
    if (exact !== undefined) credit(exact, EXACT);
    return touched;
  }

  /** The `limit` best of the matched records, best first. */
  private best(matched: number[], limit: number): SearchHit[] {
    const labelLength = (record: number) => (this.records[record] as SearchRecord).label.vi.length;
    const better = (a: number, b: number) =>
      (this.total[b] as number) - (this.total[a] as number) || labelLength(a) - labelLength(b);
    // A bounded insertion list: most keystrokes match far more records than are shown.
    const top: number[] = [];
    for (const record of matched) {
      if (top.length === limit && better(record, top[limit - 1] as number) >= 0) continue;
      let at = top.length;
      while (at > 0 && better(record, top[at - 1] as number) < 0) at--;
      top.splice(at, 0, record);
      if (top.length > limit) top.pop();
    }
    return top.map((record) => ({
      record: this.records[record] as SearchRecord,
      score: this.total[record] as number,
    }));
  }
  private *prefixTerms(prefix: string): Generator<number> {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.sortedTerms[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.sortedTerms.length; i++) {
      const term = this.sortedTerms[i] as string;
      if (!term.startsWith(prefix)) return;
      if (term !== prefix) yield this.termIds.get(term) as number;
    }
  }

  private typoTerms(word: string): Set<number> {
    const found = new Set<number>();
    const consider = (termId: number | undefined) => {
      if (termId === undefined || found.has(termId)) return;
      if (withinOneEdit(word, this.terms[termId] as string)) found.add(termId);
    };
    // A letter too many in the query: the term is one of its deletions.
    const deletionsOfWord = oneLetterDeletions(word);
    for (const deletion of deletionsOfWord) consider(this.termIds.get(deletion));
    // A letter missing: the query is a deletion of the term.
    for (const termId of this.deletions.get(word) ?? []) consider(termId);
    // A letter replaced or two swapped: they share a deletion.
    for (const deletion of deletionsOfWord) {
      for (const termId of this.deletions.get(deletion) ?? []) consider(termId);
    }
    return found;
  }
}
