// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'dist/', 'web/dist/', '.data/', 'bench/results/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
      // Type information for the promise rules below; files outside tsconfig.json (the config files) get a default project.
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'web/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection ends a Lambda invocation) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (event handlers, forEach, setTimeout) is a floating promise too.
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain is pure: no AWS, and nothing that depends on the domain (adapters, HTTP, email rendering, handlers).
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@aws-lambda-powertools/*', '@middy/*', 'aws-cdk-lib', 'aws-cdk-lib/*'],
              message: 'The domain is pure: AWS belongs in shared/adapters.',
            },
            { group: ['**/adapters/**', '**/http/**', '**/email/**', '**/functions/**'], message: 'The domain imports nothing that depends on it.' },
          ],
        },
      ],
    },
  },
  {
    // Only adapters talk to AWS.
    files: ['functions/**/*.ts', 'shared/http/**/*.ts', 'shared/email/**/*.ts', 'web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*'] }] },
  },
);
