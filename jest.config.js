/**
 * One jest project per layer, so that a layer can be run alone (`npx jest --selectProjects core`).
 * `npm run test:unit` runs the fast layers (core, the Office.js edge against its double, the task pane in
 * jsdom); `npm test` runs them all. The default timeout is low so that a slow test shows; only the layers
 * that start LibreOffice or Chromium raise it, in their own setup file.
 */
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        module: 'commonjs',
        moduleResolution: 'node10',
        jsx: 'react-jsx',
        esModuleInterop: true,
        strict: true,
        resolveJsonModule: true,
        isolatedModules: true,
        types: ['jest', 'node', 'office-js'],
      },
      diagnostics: false,
    },
  ],
};

const slow = ['<rootDir>/tests/support/slow-layer.ts'];

/** A layer: its name, its test folders, and what else it needs. */
function layer(displayName, folders, extra = {}) {
  return {
    displayName,
    testEnvironment: 'node',
    rootDir: __dirname,
    roots: folders.map((f) => `<rootDir>/tests/${f}`),
    testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    transform,
    ...extra,
  };
}

module.exports = {
  testTimeout: 10000,
  projects: [
    layer('core', ['core']),
    layer('office', ['doubles', 'excel', 'wps']),
    layer('pane', ['taskpane', 'bureau'], { setupFilesAfterEnv: ['<rootDir>/tests/support/jsdom-setup.ts'] }),
    layer('manifest', ['manifest'], { setupFilesAfterEnv: slow }),
    layer('xlsx', ['xlsx'], { setupFilesAfterEnv: slow }),
    layer('docx', ['docx'], { setupFilesAfterEnv: slow }),
    layer('pdf', ['pdf'], { setupFilesAfterEnv: slow }),
    layer('cli', ['cli'], { setupFilesAfterEnv: slow }),
    layer('browser', ['browser'], { setupFilesAfterEnv: slow }),
  ],
};
