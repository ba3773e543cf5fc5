import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchRequest, SearchResponse } from '../../core/search/search-protocol.ts';
import { type SearchRecord, searchRecordsOf } from '../../core/search/search-record.ts';

const RESULT_LIMIT = 40;

/**
 * Search over every layer the app holds (bundled, imported, drawn): the records are rebuilt
 * when a collection changes and indexed in a worker; `query` answers asynchronously and only
 * the answer to the latest query is kept.
 */
export function useSearchWorker(collections: Readonly<Record<string, GeoJSON.FeatureCollection>>) {
  const workerRef = useRef<Worker | null>(null);
  const serialRef = useRef(0);
  const [hits, setHits] = useState<{ record: SearchRecord; score: number }[]>([]);

  useEffect(() => {
    const worker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      if (event.data.serial === serialRef.current) setHits(event.data.hits);
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const request: SearchRequest = { type: 'records', records: searchRecordsOf(collections) };
    workerRef.current?.postMessage(request);
  }, [collections]);

  const query = useCallback((text: string) => {
    serialRef.current += 1;
    if (text.trim() === '') {
      setHits([]);
      return;
    }
    const request: SearchRequest = {
      type: 'query',
      serial: serialRef.current,
      text,
      limit: RESULT_LIMIT,
    };
    workerRef.current?.postMessage(request);
  }, []);

  return { hits, query };
}
