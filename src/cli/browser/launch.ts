import type { Browser } from 'playwright-core';
import { findChromium } from './findChromium.ts';

/** Flags that let headless Chromium render WebGL (SwiftShader) on a machine with no GPU or network. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/**
 * Headless Chromium as `giapranh render`, the browser tests and the benchmarks drive it, found
 * without any download. playwright-core loads only here: the other commands never pay for it.
 */
export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: found.path,
    args: [...new Set([...found.args, ...CHROMIUM_FLAGS])],
    headless: true,
  });
}
