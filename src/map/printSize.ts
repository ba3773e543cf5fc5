import type { Map as MaplibreMap } from 'maplibre-gl';

/** The class on the root element that gives the map its size on paper (ui/print.css). */
export const PRINT_SIZE_CLASS = 'map-printing';
/** The class of the picture of the map that is printed in the canvas's place (ui/print.css). */
export const PRINT_IMAGE_CLASS = 'map-print-image';

/**
 * Gives the map its size on paper while the page prints, whatever the window's width, and its
 * own size back after. MapLibre sizes its canvas in CSS pixels when it resizes: a print layout
 * alone would print a 390 px phone window's canvas in a corner of the sheet. `beforeprint` runs
 * before the print layout (Ctrl+P, printing to PDF), the print media query's change when the
 * layout turns to print without one (page emulation). No animation frame comes between them and
 * the printed page, and Chromium prints a WebGL canvas from the last frame it showed (blank
 * after a resize): so the map is drawn at once and printed as a picture of what was drawn.
 * Returns the way to stop.
 */
export function followPrintSize(map: MaplibreMap): () => void {
  const root = document.documentElement;
  const container = map.getContainer();
  const sizeFor = (printing: boolean) => {
    // Once: a second resize (print media after `beforeprint`) clears the canvas for nothing.
    if (root.classList.contains(PRINT_SIZE_CLASS) === printing) return;
    root.classList.toggle(PRINT_SIZE_CLASS, printing);
    container.querySelector(`.${PRINT_IMAGE_CLASS}`)?.remove();
    map.resize();
    map.redraw();
    if (printing) container.append(pictureOf(map.getCanvas()));
  };
  const before = () => sizeFor(true);
  const after = () => sizeFor(false);
  const onPrintMedia = (event: MediaQueryListEvent) => sizeFor(event.matches);
  const printMedia = window.matchMedia?.('print');
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  printMedia?.addEventListener('change', onPrintMedia);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    printMedia?.removeEventListener('change', onPrintMedia);
    root.classList.remove(PRINT_SIZE_CLASS);
    container.querySelector(`.${PRINT_IMAGE_CLASS}`)?.remove();
  };
}

/**
 * The canvas as drawn just now, as an image (read in the same task as the drawing, before the
 * browser clears a WebGL canvas that does not preserve its buffer). A data URL loads at once.
 */
function pictureOf(canvas: HTMLCanvasElement): HTMLImageElement {
  const image = document.createElement('img');
  image.className = PRINT_IMAGE_CLASS;
  image.alt = '';
  image.src = canvas.toDataURL('image/png');
  return image;
}
