import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The renderer's entry (src/main.tsx) only sends the first request and then imports the app
 * (src/app-main.tsx, its own chunk): a `<link rel="modulepreload">` for that chunk in the page
 * fetches and compiles it alongside the entry instead of after it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'dossier-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((out) => out.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/src/app-main.tsx'));
        if (!app) throw new Error('preloadAppChunk: no chunk for renderer/src/app-main.tsx');
        // The app chunk and the chunks it imports that the entry does not (Vite's own links cover those).
        const entry = new Set([ctx.chunk?.fileName, ...(ctx.chunk?.imports ?? [])]);
        return [app.fileName, ...app.imports]
          .filter((file) => !entry.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The latin faces of the two bundled fonts, preloaded from the page: they are in memory before the
 * first layout, so it lays the study card out in them at once (a font Blink already holds is used
 * synchronously) instead of in system fallbacks, each a blocking lookup in the browser process.
 */
const PRELOADED_FONTS = [/^inter-latin-wght-normal-.*\.woff2$/, /^source-serif-4-latin-wght-normal-.*\.woff2$/];

function preloadFonts(): Plugin {
  return {
    name: 'dossier-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {})
          .filter((out) => out.type === 'asset')
          .map((out) => out.fileName);
        return PRELOADED_FONTS.map((pattern) => {
          const file = files.find((name) => pattern.test(name.replace(/^.*\//, '')));
          if (!file) throw new Error(`preloadFonts: no asset matches ${pattern}`);
          return {
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'optimizer-process': resolve(import.meta.dirname, 'electron/main/optimizer-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with zod bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), preloadAppChunk(), preloadFonts()],
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified by default; the bundle is half the size minified.
      minify: true,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
