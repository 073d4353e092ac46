/**
 * Module boundaries checked in CI (`npm run deps:check`): no import cycles between server
 * modules, and the domain imports nothing outside itself.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'An import cycle hides which module depends on which; break it by moving the shared part down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment:
        'Server modules (folders) form layers: tickets may use mail, but then mail may not use tickets. ' +
        'A folder counts with its sub-folders (mailbox/import is part of mailbox), and type-only imports count: ' +
        'move the shared piece down (docs/architecture.md lists the layers).',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds rules a person could check on paper: it imports only other domain files.',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
