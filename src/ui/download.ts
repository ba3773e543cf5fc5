/** Saves text as a file through the browser's download (nothing is uploaded anywhere). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  download(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** Saves bytes (a PNG figure) as a file through the browser's download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mimeType: string): void {
  download(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
}

/** Saves a Blob (one a worker made) through the browser's download. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
