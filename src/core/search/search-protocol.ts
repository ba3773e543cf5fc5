import type { SearchRecord } from './search-record.ts';

/** What the page asks the search worker: replace the records, or answer a query. */
export type SearchRequest =
  | { type: 'records'; records: SearchRecord[] }
  | { type: 'query'; serial: number; text: string; limit: number };

/** The worker's answer to a query, tagged with its serial so stale answers can be dropped. */
export interface SearchResponse {
  serial: number;
  hits: { record: SearchRecord; score: number }[];
}
