/// <reference lib="webworker" />
import { SearchIndex } from '../core/search/search-index.ts';
import type { SearchRequest, SearchResponse } from '../core/search/search-protocol.ts';

// Builds the search index off the main thread (a second or so at 100,000 features) and answers
// queries from it; a query waits for the index it was typed against.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let index = new SearchIndex([]);

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'records') {
    index = new SearchIndex(request.records);
    return;
  }
  const response: SearchResponse = {
    serial: request.serial,
    hits: index.search(request.text, request.limit),
  };
  scope.postMessage(response);
};
