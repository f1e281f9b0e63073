// ESLint flat config: Next's rules (React, hooks, a11y, TypeScript) for the whole project.
import Module, { createRequire } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';

// typescript-eslint needs TypeScript's JavaScript API, which the project's TypeScript 7 does not
// have. Inside this ESLint process only, `require('typescript')` loads TypeScript 6's API from
// @typescript/typescript6; `tsc` and `next build` keep using TypeScript 7 (ADR 070).
const typescript6 = createRequire(import.meta.url).resolve('@typescript/typescript6');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? typescript6 : request, ...rest);
};
const { default: nextVitals } = await import('eslint-config-next/core-web-vitals');
const { default: nextTypescript } = await import('eslint-config-next/typescript');

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`{ sortOrder: _order, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  globalIgnores(['.next/**', 'next-env.d.ts', '.data/**', 'test-artifacts/**', 'db/migrations/**', 'lib/model/kernel/*.as.ts']),
]);
