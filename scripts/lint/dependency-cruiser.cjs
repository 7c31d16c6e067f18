/**
 * Import rules checked by `npm run lint` (dependency-cruiser): no import cycles anywhere in the
 * app, and the engine folders stay free of the map, Svelte and the page (so they run in workers
 * and in Node). ESLint checks the same boundary file by file; this sees the whole graph.
 */
const ENGINE = '^src/lib/(access|query|import|sites|data|fgb|stream|catalogue|tiles|userdata|measure|filter|charts|table)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and modules impossible to test alone.',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-stays-pure',
      severity: 'error',
      comment: 'Engine code runs in workers and the CLI: no maplibre-gl, Svelte, components, map glue or app state.',
      from: { path: ENGINE, pathNot: '\\.test\\.ts$' },
      to: { path: ['^node_modules/(maplibre-gl|svelte)/', '\\.svelte$', '^src/components/', '^src/lib/(map|state|browser)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte'] },
  },
};
