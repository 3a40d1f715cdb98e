/**
 * What the build adds to the functions.json custom-functions-metadata generates from the JSDoc
 * in functions/functions.ts, and the help page made from the same metadata (one description per
 * function, written once, in the JSDoc):
 * - allowErrorForDataTypeAny: error cells of `any` parameters reach the functions, which answer
 *   for them (a #N/A due date is a finding; the other rows still answer). The generator cannot
 *   set it (Microsoft: it works only with metadata edited by hand), so it is set here.
 * - helpUrl on every function: help.html#<id>, served with the add-in.
 * Used by webpack.config.js and by the tests.
 */
'use strict';

const HELP_PAGE = 'help.html';

function helpAnchor(id) {
  return id.toLowerCase();
}

/** The generator's metadata (parsed) -> the metadata the add-in ships. */
function finishMetadata(metadata, baseUrl) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    ...metadata,
    allowErrorForDataTypeAny: true,
    functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${base}${HELP_PAGE}#${helpAnchor(f.id)}` })),
  };
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The help page: each function, its syntax and its parameters, from the metadata. */
function helpPage(metadata, namespace) {
  const sections = metadata.functions.map((f) => {
    const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    const rows = f.parameters.map((p) => `<tr><td><code>${escape(p.name)}</code>${p.optional ? ' (optional)' : ''}</td><td>${escape(p.description ?? '')}</td></tr>`).join('\n        ');
    return `  <section id="${helpAnchor(f.id)}">
    <h2>${escape(namespace)}.${escape(f.name)}</h2>
    <p><code>=${escape(namespace)}.${escape(f.name)}(${escape(args)})</code></p>
    <p>${escape(f.description ?? '')}</p>
    <table>
      <thead><tr><th>Argument</th><th>What to pass</th></tr></thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Throughline functions</title>
  <style>
    body { font-family: "Segoe UI", system-ui, sans-serif; margin: 16px; max-width: 60rem; line-height: 1.4; }
    table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
    @media (forced-colors: active) { td, th { border-color: CanvasText; } }
  </style>
</head>
<body>
  <h1>Throughline custom functions</h1>
  <p>Every table function takes the initiative table's columns in one order (ids, statuses, dues, then the optional starts, dependsOn, lastUpdated and asOf). Dates go in and come out as Excel serials. A blank cell counts as no value; an error cell in a column is reported as a finding by FINDINGS, and an error passed as a single value comes back as an error.</p>
${sections.join('\n')}
</body>
</html>
`;
}

module.exports = { finishMetadata, helpPage, HELP_PAGE };
