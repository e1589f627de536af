import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    // Vitest's default leaves one core free; the unit files are CPU-bound and independent, so
    // on CI's 2 cores both take them (the browser project still runs its files one at a time).
    maxWorkers: '100%',
    projects: [
      {
        // The pure layers' tests share each worker's module cache (no isolation): models/ and
        // simulator/ hold no state between calls, and importing them once per worker instead of
        // once per file saves about a fifth of the unit tests' CPU time.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/models/**/*.test.ts', 'test/unit/simulator/**/*.test.ts'],
          isolate: false,
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // The app's tests (stores, components) get a fresh module graph per file.
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/unit/models/**', 'test/unit/simulator/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
