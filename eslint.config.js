import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Extracted HTML is hostile: the only way onto the screen is utils/sanitize/, which returns
      // a DocumentFragment. Assigning HTML strings is how XSS gets in, so it is banned outright.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Use the sanitiser (utils/sanitize/) instead of innerHTML.',
        },
        {
          property: 'outerHTML',
          message: 'Use the sanitiser (utils/sanitize/) instead of outerHTML assignment.',
        },
        {
          property: 'insertAdjacentHTML',
          message: 'Use the sanitiser (utils/sanitize/) instead of insertAdjacentHTML.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render sanitised HTML with components/reader/article/SafeHtmlView.tsx.',
        },
        // SafeHtml is minted by the sanitiser alone: a cast elsewhere is unsanitised HTML with a
        // sanitised label. HTML from another of our own contexts uses utils/sanitize/trusted.ts.
        {
          selector: "TSAsExpression > TSTypeReference.typeAnnotation[typeName.name='SafeHtml']",
          message: 'Only utils/sanitize/ makes SafeHtml: sanitise the HTML instead of casting it.',
        },
        {
          selector: "TSTypeAssertion > TSTypeReference.typeAnnotation[typeName.name='SafeHtml']",
          message: 'Only utils/sanitize/ makes SafeHtml: sanitise the HTML instead of casting it.',
        },
      ],
    },
  },
  {
    // Reading innerHTML/outerHTML of our own, already-sanitised nodes is how the sanitiser and the
    // extractor serialise. These are the only files allowed to touch it.
    files: ['utils/sanitize/**/*.ts', 'utils/extract/**/*.ts', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The sanitiser mints SafeHtml; tests/stored-html.ts stands in for records it made earlier.
    files: ['utils/sanitize/**/*.ts', 'tests/stored-html.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
