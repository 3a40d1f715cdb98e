/** Layering rules (docs/ARCHITECTURE.md "Layers"). Run by test/architecture/layers.test.ts. */
const CORE_STAGES = ['types', 'util', 'ingest', 'model', 'analyse', 'rules', 'govern', 'report'];
// Each stage may import only the stages before it; util and types are the ground.
const stageRules = CORE_STAGES.map((stage, i) => ({
  name: `core-${stage}-forward-only`,
  severity: 'error',
  comment: `src/core/${stage} may import only earlier stages (${CORE_STAGES.slice(0, i).join(', ') || 'none'})`,
  from: { path: `^src/core/${stage}/` },
  to: { path: `^src/core/(${CORE_STAGES.slice(i + 1).join('|') || 'NONE'})/` },
}));
module.exports = {
  forbidden: [
    {
      name: 'core-is-host-free',
      severity: 'error',
      comment: 'src/core knows nothing of Office, React, exceljs, the DOM libraries or Node built-ins',
      from: { path: '^src/core/' },
      to: { path: '^(src/(office|xlsx|cli)|taskpane|functions)/|node_modules/(react|react-dom|@fluentui|exceljs|@microsoft/office-js|office-)', dependencyTypesNot: ['type-only'] },
    },
    { name: 'core-no-node-builtins', severity: 'error', from: { path: '^src/core/' }, to: { dependencyTypes: ['core'] } },
    { name: 'functions-not-taskpane', severity: 'error', from: { path: '^functions/' }, to: { path: '^taskpane/' } },
    { name: 'taskpane-not-functions', severity: 'error', from: { path: '^taskpane/' }, to: { path: '^functions/' } },
    { name: 'only-office-adapter-touches-office', severity: 'error', from: { path: '^(src/(core|xlsx|cli)|functions)/' }, to: { path: '^src/office/' } },
    { name: 'xlsx-adapter-not-office', severity: 'error', from: { path: '^src/xlsx/' }, to: { path: '^(src/office|taskpane|functions)/' } },
    ...stageRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(test|bench|scripts)/' },
  },
};
