import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { APP_BASE } from './appBase.ts';

// The reference one-window app; npm run app:build writes app/dist, which the gateway serves
// at /app/ under a CSP that allows no inline script or style.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: APP_BASE,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be one more script for a browser that lacks modulepreload; every
    // browser the centres use has it.
    modulePreload: { polyfill: false },
    // Inlined assets become data: URLs; keep every asset a same-origin file.
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
