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
  /** Per term: record index → best weight of the word in that record. */
  private readonly postings: Map<number, number>[] = [];
  private readonly sortedTerms: string[];
  private readonly deletions = new Map<string, number[]>();

  constructor(records: readonly SearchRecord[]) {
    this.records = records;
    records.forEach((record, index) => {
      for (const text of record.primary) this.add(text, index, PRIMARY_WEIGHT);
      for (const text of record.secondary) this.add(text, index, SECONDARY_WEIGHT);
    });
    this.sortedTerms = [...this.terms].sort();
    this.terms.forEach((term, id) => {
      if (term.length < TYPO_MIN_LETTERS) return;
      for (const deletion of oneLetterDeletions(term)) {
        const list = this.deletions.get(deletion);
        if (list) list.push(id);
        else this.deletions.set(deletion, [id]);
      }
    });
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
    let scores: Map<number, number> | null = null;
    words.forEach((word, position) => {
      const isLast = position === words.length - 1;
      const wordScores = this.scoresFor(word, isLast);
      if (scores === null) {
        scores = wordScores;
        return;
      }
      const kept = new Map<number, number>();
      for (const [record, score] of scores) {
        const more = wordScores.get(record);
        if (more !== undefined) kept.set(record, score + more);
      }
      scores = kept;
    });
    const hits: SearchHit[] = [];
    for (const [index, score] of scores ?? new Map<number, number>()) {
      hits.push({ record: this.records[index] as SearchRecord, score });
    }
    hits.sort(
      (a, b) => b.score - a.score || a.record.label.vi.length - b.record.label.vi.length,
    );
    return hits.slice(0, limit);
  }

  private add(text: string, record: number, weight: number): void {
    for (const term of searchTokens(text)) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.terms.push(term);
        this.termIds.set(term, id);
        this.postings.push(new Map());
      }
      const posting = this.postings[id] as Map<number, number>;
      if ((posting.get(record) ?? 0) < weight) posting.set(record, weight);
    }
  }

  /** Record index → the best score of one query word in it. */
  private scoresFor(word: string, mayBePrefix: boolean): Map<number, number> {
    const scores = new Map<number, number>();
    const credit = (termId: number, match: number) => {
      for (const [record, weight] of this.postings[termId] as Map<number, number>) {
        const score = match * weight;
        if ((scores.get(record) ?? 0) < score) scores.set(record, score);
      }
    };
    if (mayBePrefix) {
      for (const termId of this.prefixTerms(word)) credit(termId, PREFIX);
    }
    if (word.length >= TYPO_MIN_LETTERS) {
      for (const termId of this.typoTerms(word)) credit(termId, TYPO);
    }
    const exact = this.termIds.get(word);
    if (exact !== undefined) credit(exact, EXACT);
    return scores;
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
