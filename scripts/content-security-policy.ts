import type { Plugin } from 'vite';

/**
 * The pages' Content-Security-Policy. No remote and no inline script: only the built modules
 * from the page's own origin run, so text from a link can never become code. MapLibre needs
 * `blob:` for its worker and images; fonts come from the style's `font-faces` (same origin).
 * Styles allow inline because MapLibre and React set element styles; a style cannot run code.
 * `remoteOrigin` is the optional remote raster basemap set at build time.
 */
export function contentSecurityPolicy(remoteOrigin?: string): string {
  const remote = remoteOrigin ? ` ${remoteOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    `connect-src 'self' blob:${remote}`,
    `img-src 'self' data: blob:${remote}`,
    "font-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const originOf = (template: string | undefined) => {
  if (!template) return undefined;
  try {
    return new URL(template.replaceAll(/[{}]/g, '')).origin;
  } catch {
    return undefined;
  }
};

/**
 * Puts the policy in every built page as a `<meta http-equiv>` tag, so it holds on any static
 * host. Build only: Vite's dev server injects inline scripts (React refresh) of its own.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'giapranh-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(originOf(process.env.VITE_REMOTE_BASEMAP_TILES)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
