import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Serves the example pages in examples/ (data at /data/demo.json) and builds them into examples/dist.
export default defineConfig({
  root: resolve(import.meta.dirname),
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  // <samordning-granska> reads in a module worker.
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        [
          'index',
          'insats-sok',
          'arbetsgivare',
          'samordning-karta',
          'analys',
          'granska',
          'sdk-app/index',
          'react/index',
        ].map((n) => [n, resolve(import.meta.dirname, `${n}.html`)]),
      ),
    },
  },
});
