import type { Map as MapLibreMap } from 'maplibre-gl';
import { type PixelRect, tileGrid } from '../../core/figure/tile-grid.ts';
import { holdPlacement } from './placementHold.ts';
import type { ScissorClip } from './scissorClip.ts';

/** How a long drawing reports and is stopped. */
export interface DrawControl {
  /** Called after each tile: tiles drawn so far, and how many in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stops between tiles; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

type GL = WebGLRenderingContext | WebGL2RenderingContext;

/** The WebGL context MapLibre draws `map` with (asking a canvas again returns the same one). */
export function mapContext(map: MapLibreMap): GL {
  const canvas = map.getCanvas();
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new Error('the figure map has no WebGL context');
  return gl;
}

/** Stops with an AbortError if the signal says so. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
}

/** One frame of the map, its tile read while the frame is the canvas's last. */
function drawOneFrame<T>(map: MapLibreMap, read: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    map.once('render', () => {
      try {
        resolve(read());
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 16));

/** Runs `read` with the canvas bound for reading, whatever MapLibre had bound. */
function onCanvas<T>(gl: GL, read: () => T): T {
  const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  try {
    return read();
  } finally {
    if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
  }
}

/**
 * Starts reading `rect` of the drawing buffer and resolves with its pixels (GL's rows, bottom
 * up) once the GPU has drawn them. WebGL 2 reads into a buffer on the GPU and polls a fence, so
 * the page never waits for the GPU (under SwiftShader the first tile's drawing takes seconds:
 * the pixel routines are compiled then); WebGL 1 can only wait.
 */
function startRead(gl: GL, rect: PixelRect): () => Promise<Uint8Array> {
  const pixels = new Uint8Array(rect.width * rect.height * 4);
  const bottom = gl.drawingBufferHeight - rect.y - rect.height;
  if (!(gl instanceof WebGL2RenderingContext)) {
    onCanvas(gl, () =>
      gl.readPixels(rect.x, bottom, rect.width, rect.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels),
    );
    return async () => pixels;
  }
  const buffer = gl.createBuffer();
  gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
  gl.bufferData(gl.PIXEL_PACK_BUFFER, pixels.byteLength, gl.STREAM_READ);
  onCanvas(gl, () =>
    gl.readPixels(rect.x, bottom, rect.width, rect.height, gl.RGBA, gl.UNSIGNED_BYTE, 0),
  );
  gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  return async () => {
    while (fence && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) await nextTurn();
    gl.deleteSync(fence);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, pixels);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    gl.deleteBuffer(buffer);
    return pixels;
  };
}

/**
 * Puts a tile's pixels (GL's rows, bottom up) upright at its place on `out`. MapLibre draws with
 * premultiplied alpha and `putImageData` takes straight alpha: where the picture is not opaque
 * (labels on a transparent ground) the colours are divided by it.
 */
function putTile(pixels: Uint8Array, rect: PixelRect, out: CanvasRenderingContext2D): void {
  const image = new ImageData(rect.width, rect.height);
  const row = rect.width * 4;
  for (let y = 0; y < rect.height; y++)
    image.data.set(pixels.subarray((rect.height - 1 - y) * row, (rect.height - y) * row), y * row);
  unpremultiply(image.data);
  out.putImageData(image, rect.x, rect.y);
}

/** RGBA with premultiplied alpha → straight alpha, in place (opaque pixels are unchanged). */
export function unpremultiply(data: Uint8ClampedArray): void {
  for (let at = 0; at < data.length; at += 4) {
    const alpha = data[at + 3]!;
    if (alpha === 255 || alpha === 0) continue;
    const scale = 255 / alpha;
    data[at] = data[at]! * scale;
    data[at + 1] = data[at + 1]! * scale;
    data[at + 2] = data[at + 2]! * scale;
  }
}

/**
 * Draws a loaded map's picture tile by tile into a canvas in memory: one frame per tile, the
 * scissor limiting each frame's drawing to its tile, read back before the next. Every frame
 * lays out the whole view (the same labels, placed once for the whole map, so none is cut or
 * doubled at a seam); only the pixels drawn are split. The labels are placed once, in the frame
 * before the first tile, and that placement is kept for every tile (see holdPlacement): the
 * frames differ only by the scissor. Under SwiftShader a whole 300 dpi frame
 * held the main thread for seconds; a tile holds it for a fraction of a second, and the page
 * gets a turn between tiles.
 *
 * `clip` must already hold the map at "draw nothing" (see renderMapImage), so the frames that
 * loaded it cost no pixels.
 */
export async function drawInTiles(
  map: MapLibreMap,
  clip: ScissorClip,
  tilePx: number,
  control: DrawControl = {},
): Promise<HTMLCanvasElement> {
  const gl = mapContext(map);
  const canvas = document.createElement('canvas');
  canvas.width = gl.drawingBufferWidth;
  canvas.height = gl.drawingBufferHeight;
  // In memory, not on the GPU (see composeFigure): it is read back whole for the file.
  const out = canvas.getContext('2d', { willReadFrequently: true });
  if (!out) throw new Error('this browser cannot draw a 2D canvas');
  const tiles = tileGrid(canvas.width, canvas.height, tilePx);
  const releasePlacement = holdPlacement(map);
  try {
    for (const [index, tile] of tiles.entries()) {
      throwIfAborted(control.signal);
      clip.set(tile);
      const pixels = await drawOneFrame(map, () => startRead(gl, tile));
      putTile(await pixels(), tile, out);
      control.onProgress?.(index + 1, tiles.length);
      // A turn for the page (input, the live map) between tiles.
      await nextTurn();
    }
  } finally {
    releasePlacement();
  }
  clip.set(null);
  return canvas;
}
