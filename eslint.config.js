import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Folders may import only in the direction model <- store <- canvas/ui, and server <- model. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/model/**'],
    rules: forbid(
      [
        'react',
        'react-*',
        'konva',
        'zustand',
        'zundo',
        '**/store/**',
        '**/canvas/**',
        '**/ui/**',
        '**/server/**',
        '**/api/**',
      ],
      'src/model is plain TypeScript: no React, Konva, Zustand or server code.',
    ),
  },
  {
    files: ['src/store/**'],
    rules: forbid(
      ['react-konva', 'konva', '**/canvas/**', '**/ui/**', '**/server/**'],
      'The store must not depend on views or the server.',
    ),
  },
  {
    files: ['src/server/**'],
    rules: forbid(
      [
        'react',
        'react-*',
        'konva',
        'zustand',
        'zundo',
        '**/store/**',
        '**/canvas/**',
        '**/ui/**',
        '**/api/**',
      ],
      'The server shares src/model and nothing else with the editor.',
    ),
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
)
