import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** frappe-gantt lists its stylesheet only under a "style" export condition Vite does not read. */
const ganttDist = dirname(createRequire(import.meta.url).resolve('frappe-gantt'));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { 'frappe-gantt.css': join(ganttDist, 'frappe-gantt.css') } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
