/** One jest run covers every layer; slow layers (LibreOffice, Chromium) live in their own folders. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
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
  },
  testTimeout: 120000,
};
