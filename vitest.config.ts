import { defineConfig } from 'vitest/config';

const database = {
  globalSetup: ['test/support/mongo-global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['test/integration/**/*.int.test.ts'], ...database } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.e2e.test.ts'], setupFiles: ['test/support/loopback-only.ts'], ...database } },
    ],
  },
});
