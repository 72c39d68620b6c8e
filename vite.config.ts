import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The facilitator view and the beamer view are two entries of one renderer.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Everything is bundled: fonts and sounds ship with the app.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        facilitator: resolve(import.meta.dirname, 'renderer/index.html'),
        beamer: resolve(import.meta.dirname, 'renderer/beamer.html'),
      },
    },
  },
});
