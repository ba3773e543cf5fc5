import { gunzipSync } from 'fflate';
import {
  Compression,
  FetchSource,
  PMTiles,
  type Protocol,
  type RangeResponse,
  type Source,
} from 'pmtiles';
import { HEADER_BYTES } from './pmtilesProtocol.ts';

/**
 * Undoes an archive's gzip in the task that received the bytes (fflate). pmtiles' own default
 * goes through DecompressionStream, a few tasks per directory and per tile: at start-up each of
 * those waited behind the map's shader compiles, and the basemap's tiles came last.
 */
async function decompressNow(data: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return data;
  if (compression !== Compression.Gzip)
    throw new Error(`PMTiles compression ${Compression[compression]} is not supported`);
  const bytes = gunzipSync(new Uint8Array(data));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * An archive over HTTP whose first read (the header) may already be on its way: a range request
 * the page started before the pmtiles code had loaded. Anything else, or an early answer that
 * is not the range asked for, goes through pmtiles' own FetchSource.
 */
class EarlyHeaderSource implements Source {
  private readonly http: FetchSource;

  constructor(
    private readonly url: string,
    private early: Promise<Response> | undefined,
  ) {
    this.http = new FetchSource(url);
  }

  getKey(): string {
    return this.url;
  }

  async getBytes(
    offset: number,
    length: number,
    signal?: AbortSignal,
    etag?: string,
  ): Promise<RangeResponse> {
    const early = this.early;
    this.early = undefined;
    if (early && offset === 0 && length === HEADER_BYTES) {
      const response = await early.catch(() => undefined);
      if (response?.status === 206) {
        const strongEtag = response.headers.get('Etag');
        return {
          data: await response.arrayBuffer(),
          ...(strongEtag && !strongEtag.startsWith('W/') ? { etag: strongEtag } : {}),
          ...optional('cacheControl', response.headers.get('Cache-Control')),
          ...optional('expires', response.headers.get('Expires')),
        };
      }
    }
    return this.http.getBytes(offset, length, signal, etag);
  }
}

const optional = <K extends string>(key: K, value: string | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, string>>;

/** The archive a `pmtiles://` request reads: the URL after the scheme, without `/z/x/y`. */
export function archiveUrlOf(requestUrl: string): string | null {
  const rest = requestUrl.replace(/^pmtiles:\/\//, '');
  if (rest === requestUrl) return null;
  return rest.replace(/\/\d+\/\d+\/\d+$/, '');
}

/**
 * Makes sure the protocol reads `url` through an archive that decompresses at once and takes
 * the early header read if one was started.
 */
export function ensureArchive(
  protocol: Protocol,
  url: string,
  earlyHeader: Promise<Response> | undefined,
): void {
  if (protocol.get(url)) return;
  protocol.add(new PMTiles(new EarlyHeaderSource(url, earlyHeader), undefined, decompressNow));
}
