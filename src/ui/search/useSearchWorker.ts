import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchRequest, SearchResponse } from '../../core/search/search-protocol.ts';
import { type SearchRecord, searchRecordsOf } from '../../core/search/search-record.ts';

const RESULT_LIMIT = 40;

/**
 * Search over every layer the app holds (bundled, imported, drawn): the records are rebuilt
 * and indexed in a worker when next needed after a collection changed (the search box gains
 * focus, or a query comes), not on every edit: re-indexing 10,000 features after each vertex
 * drag competed with the map's own workers for the CPU. `query` answers asynchronously and
 * only the answer to the latest query is kept.
 */
export function useSearchWorker(collections: Readonly<Record<string, GeoJSON.FeatureCollection>>) {
  const workerRef = useRef<Worker | null>(null);
  const serialRef = useRef(0);
  const indexedRef = useRef<Readonly<Record<string, GeoJSON.FeatureCollection>> | null>(null);
  const [hits, setHits] = useState<{ record: SearchRecord; score: number }[]>([]);

  /**
   * The worker, started on first use of the search (the box gains focus, or a query comes), not
   * at mount: its script and start-up no longer compete with the map's first frame.
   */
  const workerOf = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const worker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      if (event.data.serial === serialRef.current) setHits(event.data.hits);
    };
    workerRef.current = worker;
    return worker;
  }, []);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
      indexedRef.current = null;
    },
    [],
  );

  // The collections not yet indexed (null: the worker has the latest).
  const unindexed = useRef<typeof collections | null>(collections);
  unindexed.current = collections === indexedRef.current ? null : collections;

  /** Sends the records of the latest collections, if the worker does not have them yet. */
  const prepare = useCallback(() => {
    const latest = unindexed.current;
    if (!latest) return;
    const request: SearchRequest = { type: 'records', records: searchRecordsOf(latest) };
    workerOf().postMessage(request);
    indexedRef.current = latest;
    unindexed.current = null;
  }, [workerOf]);

  const query = useCallback(
    (text: string) => {
      prepare();
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
      workerOf().postMessage(request);
    },
    [prepare, workerOf],
  );

  return { hits, query, prepare };
}
