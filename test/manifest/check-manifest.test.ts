import * as fs from 'fs';
import * as path from 'path';

// Plain CommonJS module run by `npm run validate` (scripts/validate-manifest.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, pngSize } = require('../../scripts/manifest/check-manifest') as {
  checkManifest: (xml: string, o: { baseUrl: string; namespace: string; readBuilt: (rel: string) => Uint8Array | undefined; version?: string }) => string[];
  pngSize: (bytes: Uint8Array) => { width: number; height: number } | undefined;
};

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const icon = (size: number): Uint8Array => new Uint8Array(fs.readFileSync(path.join(ROOT, 'assets', 'icons', `icon-${size}.png`)));
const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** What `npm run build` emits into dist/addin, as far as the manifest is concerned. */
function builtFiles(): Map<string, Uint8Array> {
  return new Map([
    ['taskpane.html', text('<html><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></html>')],
    ['support.html', text('<html><section id="getting-started"></section></html>')],
    ['functions.js', text('/* bundle */')],
    [
      'functions.json',
      text(
        JSON.stringify({
          allowErrorForDataTypeAny: true,
          functions: [{ id: 'EFFECTIVESTATUS', name: 'EFFECTIVESTATUS', description: 'Effective status.', helpUrl: 'https://localhost:3000/help.html#effectivestatus', parameters: [], result: { dimensionality: 'scalar' } }],
        }),
      ),
    ],
    ['help.html', text('<section id="effectivestatus"></section>')],
    ['assets/icon-16.png', icon(16)],
    ['assets/icon-32.png', icon(32)],
    ['assets/icon-64.png', icon(64)],
    ['assets/icon-80.png', icon(80)],
  ]);
}

function check(xml: string, files: Map<string, Uint8Array> = builtFiles(), version = '0.1.0'): string[] {
  return checkManifest(xml, { baseUrl: 'https://localhost:3000/', namespace: 'THROUGHLINE', readBuilt: (rel) => files.get(rel), version });
}

describe('the store rules of the offline check', () => {
  it('names a version that is not the package version, a support page that is the taskpane, no first-run callout, and a local Office.js', () => {
    expect(check(MANIFEST, builtFiles(), '0.2.0')).toEqual(['<Version> 0.1.0.0 is not the package version 0.2.0: bump both for each release.']);
    expect(check(edit('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>'))).toEqual([
      '<SupportUrl> is the taskpane itself, not a support page.',
    ]);
    const noCallout = MANIFEST.replace(/<GetStarted>[\s\S]*?<\/GetStarted>/, '');
    expect(check(noCallout)).toEqual(['no <GetStarted> callout: the first-run experience Excel shows after installing.']);
    const files = builtFiles();
    files.set('taskpane.html', text('<html><script src="./office-js/office.js"></script></html>'));
    expect(check(MANIFEST, files)).toEqual([
      'the built taskpane.html does not load Office.js from https://appsforoffice.microsoft.com/lib/1/hosted/office.js (a build with ADDIN_OFFICE_JS=local is for tests and the offline demo only).',
    ]);
  });
});

function edit(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

describe('offline manifest check', () => {
  it('passes the repository manifest against the built files', () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it('reads PNG sizes from the header', () => {
    expect(pngSize(icon(80))).toEqual({ width: 80, height: 80 });
    expect(pngSize(text('not a png at all, just text'))).toBeUndefined();
  });

  it('fails malformed XML with the parser message', () => {
    const problems = check(edit('</DefaultSettings>', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^manifest\.xml is not well-formed XML: .+ \(line \d+\)\.$/);
  });

  it.each([
    ['an id that is not a GUID', ['<Id>ab73a158-45c8-4aab-bfef-4a849902c8ba</Id>', '<Id>throughline</Id>'], ['<Id> "throughline" is not a GUID.']],
    ['a missing required element', ['<DisplayName DefaultValue="Throughline"/>', ''], ['<DisplayName> is missing.']],
    ['a missing requirement set', ['<Set Name="SharedRuntime" MinVersion="1.1"/>', ''], ['<Requirements> must require SharedRuntime 1.1.']],
    ['a short-lived runtime', ['lifetime="long"', 'lifetime="short"'], ['<Runtime> must have lifetime="long" (shared runtime).']],
    [
      'another namespace',
      ['<bt:String id="Functions.Namespace" DefaultValue="THROUGHLINE"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'],
      ['the custom-functions namespace is "CONTOSO", expected "THROUGHLINE".'],
    ],
    [
      'a plain http URL',
      ['<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>'],
      ['<bt:Url id="Taskpane.Url"> http://localhost:3000/taskpane.html is not https.'],
    ],
    [
      'a URL outside the add-in',
      ['<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://example.com/help"/>'],
      ['<SupportUrl> https://example.com/help is not served by the add-in (https://localhost:3000/).'],
    ],
    [
      'metadata that is not functions.json',
      ['DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://localhost:3000/metadata.json"'],
      [
        'the custom functions <Metadata> https://localhost:3000/metadata.json is not functions.json.',
        '<bt:Url id="Functions.Metadata.Url"> https://localhost:3000/metadata.json points to dist/addin/metadata.json, which the build does not emit.',
      ],
    ],
    [
      'a custom functions page other than the shared runtime',
      ['<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'],
      [`the custom functions' <Page> ("GetStarted.LearnMoreUrl") is not the shared runtime ("Taskpane.Url").`],
    ],
    [
      'an undefined resource id',
      ['<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Prefix"/>'],
      ['the custom functions <Namespace> refers to resid "Functions.Prefix", which <Resources> does not define.'],
    ],
  ])('fails %s with its exact message', (_what, [from, to], expected) => {
    expect(check(edit(from!, to!))).toEqual(expected);
  });

  it('fails a URL whose file the build does not emit', () => {
    const files = builtFiles();
    files.delete('functions.js');
    expect(check(MANIFEST, files)).toEqual([
      '<bt:Url id="Functions.Script.Url"> https://localhost:3000/functions.js points to dist/addin/functions.js, which the build does not emit.',
    ]);
  });

  it('fails an icon of the wrong pixel size', () => {
    const files = builtFiles();
    files.set('assets/icon-16.png', icon(32));
    expect(check(MANIFEST, files)).toEqual(['icon https://localhost:3000/assets/icon-16.png is 32x32 px, expected 16x16.']);
  });

  it('fails a functions.json without functions', () => {
    const files = builtFiles();
    files.set('functions.json', text('{"functions": []}'));
    expect(check(MANIFEST, files)).toEqual([
      'dist/addin/functions.json: allowErrorForDataTypeAny is not true: Excel would answer error cells itself and never call the functions that can answer for them.',
      'dist/addin/functions.json: functions.json declares no custom functions.',
    ]);
  });
});
