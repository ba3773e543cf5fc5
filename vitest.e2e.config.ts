import { defineConfig } from 'vitest/config';

// Browser tests share one production-build server and one Chromium; run files one at a time
// because this machine has two cores and SwiftShader renders WebGL on the CPU.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
