// @ts-check
/**
 * One linter for the TypeScript, Svelte and Astro in this tree: the recommended rules of each, with
 * TypeScript's parser inside .svelte and .astro files, and the layers of src/ (below). Formatting is
 * Prettier's job (.prettierrc.json).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The domains of src/lib, lowest first, as one table: what each may import besides itself (`uses`), and which
 * of its files the other domains of src/lib may import (`face`; '*' for any). Each folder's README.md says the
 * same in words, and tests/unit/tools/layers.test.ts holds the two together. The islands, state and pages of a
 * feature use src/lib freely: this keeps src/lib's own domains from reaching up, or into each other's
 * internals.
 * @type {Record<string, { uses: string[]; face: '*' | string[] }>}
 */
export const DOMAINS = {
  core: { uses: [], face: '*' },
  storage: { uses: ['core'], face: '*' },
  interviews: { uses: ['core', 'storage'], face: ['interviews.ts', 'journal-record.ts', 'timing-answers.ts'] },
  'follow-up': {
    uses: ['core', 'storage', 'interviews'],
    face: ['timeline.ts', 'email.ts', 'calendar.ts', 'work-calendar.ts', 'date-words.ts'],
  },
  diagnostic: { uses: ['core', 'interviews', 'follow-up'], face: ['diagnose.ts', 'quiz-schema.ts', 'answer-values.ts'] },
  checklists: { uses: ['core', 'storage', 'follow-up'], face: ['checklists.ts', 'checklist-schema.ts'] },
  journal: { uses: ['core', 'interviews', 'follow-up', 'diagnostic'], face: ['journal.ts', 'patterns.ts', 'view.ts'] },
  prep: { uses: ['core', 'storage', 'interviews', 'journal'], face: ['practice.ts', 'stories.ts'] },
  mentor: { uses: ['core', 'storage', 'interviews', 'follow-up', 'journal', 'prep'], face: ['reviews.ts'] },
  search: { uses: ['core', 'follow-up'], face: [] },
  content: { uses: ['core', 'storage', 'checklists'], face: ['progress.ts', 'theme.ts'] },
  offline: { uses: [], face: [] },
  data: { uses: ['core', 'storage', 'interviews', 'follow-up', 'diagnostic', 'checklists', 'content', 'prep', 'mentor'], face: [] },
  home: { uses: ['core', 'interviews', 'follow-up', 'journal', 'prep'], face: [] },
};

/**
 * The layers of src/, each importing only those below it: src/lib (plain TypeScript, importable by Node),
 * src/state (stores and their actions), then what renders (islands, page scripts, components, layouts,
 * pages). Listed here as what each may NOT import.
 */
const ABOVE_LIB = ['src/state', 'src/islands', 'src/page-scripts', 'src/components', 'src/layouts', 'src/pages'];
const ABOVE_STATE = ['src/islands', 'src/page-scripts', 'src/components', 'src/layouts', 'src/pages'];

const names = (/** @type {string[]} */ list) => (list.length ? list.map((d) => `'${d}'`).join(', ') : 'nothing');
const domainZones = Object.entries(DOMAINS).flatMap(([domain, { uses, face }]) => {
  const others = Object.keys(DOMAINS).filter((d) => d !== domain);
  const forbidden = others.filter((d) => !uses.includes(d));
  return [
    ...(forbidden.length
      ? [
          {
            target: `src/lib/${domain}`,
            from: forbidden.map((d) => `src/lib/${d}`),
            message: `src/lib/${domain} may import only ${names(uses)} (DOMAINS in eslint.config.js).`,
          },
        ]
      : []),
    ...(face === '*'
      ? []
      : [
          {
            target: others.map((d) => `src/lib/${d}`),
            from: `src/lib/${domain}`,
            except: face.map((file) => `./${file}`),
            message: `Only ${names(face)} of src/lib/${domain} are for other domains (DOMAINS in eslint.config.js).`,
          },
        ]),
  ];
});

export default ts.config(
  { ignores: ['dist/', 'reports/', 'test-results/', '.astro/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_` names a value kept only to be left out (`const { [key]: _, ...rest } = …`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // An inline page script is shipped as written: its empty catch ("storage refused: carry on") carries
      // no comment, which would be bytes on every page. Elsewhere catches say why in a comment.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['src/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.svelte', '.astro', '.json'] })],
      // The modules no-cycle reads to follow imports further (a Svelte or Astro file is a leaf to it).
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // Files that import each other in a loop: neither can be understood, tested or loaded without the other.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            { target: 'src/lib', from: ABOVE_LIB, message: 'src/lib is plain logic: it imports nothing of the layers above it.' },
            {
              target: 'src/state',
              from: ABOVE_STATE,
              message: 'src/state holds stores and their actions: it imports nothing that renders.',
            },
            ...domainZones,
          ],
        },
      ],
    },
  },
  {
    // Plain TypeScript that Node, the tests and the CLI import as they are: no framework, no stores.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*', '@astrojs/*', 'svelte', 'svelte/*', 'vite', 'nanostores', '@nanostores/*'],
              message:
                'src/lib imports nothing of Astro, Svelte, Vite or the stores; build-time code that needs Astro sits beside src/content.config.ts.',
            },
          ],
        },
      ],
    },
  },
);
