/// <reference lib="webworker" />
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import { withDpi } from '../core/figure/png-dpi.ts';
import type { FigureWorkerReply, FigureWorkerRequest } from '../core/figure/worker-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A picture as PNG bytes, encoded here on an OffscreenCanvas rather than on the page. */
async function encodePng(picture: ImageBitmap): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser cannot draw a 2D canvas in a worker');
  context.drawImage(picture, 0, 0);
  picture.close();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the figure font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function answer(request: FigureWorkerRequest): Promise<Uint8Array> {
  if (request.kind === 'png') return withDpi(await encodePng(request.picture), request.dotsPerInch);
  // pdf-lib and fontkit load only when a PDF is asked for.
  const [{ figurePdf }, mapPng, labelsPng, regular, bold] = await Promise.all([
    import('../core/figure/pdf.ts'),
    encodePng(request.map),
    request.labels ? encodePng(request.labels) : undefined,
    fontBytes(regularUrl),
    fontBytes(boldUrl),
  ]);
  const { labels: _, ...rest } = request;
  return figurePdf({
    ...rest,
    mapPng,
    ...(labelsPng ? { labelsPng } : {}),
    fonts: { regular, bold },
  });
}

scope.onmessage = async (event: MessageEvent<FigureWorkerRequest>) => {
  const { id } = event.data;
  let reply: FigureWorkerReply;
  try {
    reply = { id, bytes: await answer(event.data) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply, { transfer: 'bytes' in reply ? [reply.bytes.buffer] : [] });
};
