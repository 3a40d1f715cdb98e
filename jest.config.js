/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Type checking runs once in `npm run typecheck`; jest only transpiles (fast on 2 cores).
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose deps are ESM-only (see docs/ARCHITECTURE.md).
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
    '\\.(css|svg|png)$': '<rootDir>/test/support/file-stub.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  testTimeout: 60000,
};
