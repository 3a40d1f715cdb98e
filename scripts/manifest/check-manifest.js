/**
 * Offline check of manifest.xml against the built add-in (dist/addin). Pure apart from the file
 * access it is given, so test/manifest/ runs it over broken copies. Returns one line per problem.
 *
 * Checks: well-formed XML; the required elements; a GUID id; Workbook host; SharedRuntime 1.1 and
 * CustomFunctionsRuntime 1.1; one long-lived runtime that is also the custom functions' page and
 * the ribbon button's taskpane (the shared runtime); every URL https under the dev server and
 * pointing to a file the build emits; icons present as PNGs of the declared pixel size; the
 * custom-functions namespace and functions.json location consistent with the build.
 */
'use strict';
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const { checkFunctionsMetadata } = require('./check-functions-metadata');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * @typedef {object} CheckOptions
 * @property {string} baseUrl        where the dev server serves dist/addin, e.g. "https://localhost:3000/"
 * @property {string} namespace      the custom-functions namespace the add-in uses, e.g. "THROUGHLINE"
 * @property {(relPath: string) => Uint8Array | undefined} readBuilt  a file of dist/addin, or undefined
 */

/** Every element as an array; attributes as "@_name"; namespace prefixes dropped (bt:Image -> Image). */
function parse(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  return parser.parse(xml);
}

const kids = (node, name) => (node && Array.isArray(node[name]) ? node[name] : []);
const attr = (node, name) => (node && typeof node === 'object' ? node[`@_${name}`] : undefined);
const text = (node) => (typeof node === 'string' ? node : node && typeof node['#text'] === 'string' ? node['#text'] : undefined);
/** Nodes at a path of element names. */
function at(node, ...names) {
  let level = [node];
  for (const n of names) level = level.flatMap((x) => kids(x, n));
  return level;
}
/** Every descendant element with this name. */
function descendants(node, name, out = []) {
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text' || !Array.isArray(value)) continue;
    for (const child of value) {
      if (key === name) out.push(child);
      descendants(child, name, out);
    }
  }
  return out;
}

function pngSize(bytes) {
  if (!bytes || bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * @param {string} xml
 * @param {CheckOptions} options
 * @returns {string[]} problems, one plain line each (empty when the manifest is good)
 */
function checkManifest(xml, options) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`manifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`];
  }
  const app = at(parse(xml), 'OfficeApp')[0];
  if (!app) return ['manifest.xml has no <OfficeApp> root element.'];

  // Required elements of a taskpane add-in manifest.
  for (const name of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
    if (kids(app, name).length === 0) problems.push(`<${name}> is missing.`);
  }
  const id = text(kids(app, 'Id')[0]);
  if (id !== undefined && !GUID.test(id.trim())) problems.push(`<Id> "${id.trim()}" is not a GUID.`);
  if (!at(app, 'Hosts', 'Host').some((h) => attr(h, 'Name') === 'Workbook')) problems.push('<Hosts> does not declare the Workbook (Excel) host.');
  const sets = new Map(at(app, 'Requirements', 'Sets', 'Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]));
  for (const name of ['SharedRuntime', 'CustomFunctionsRuntime']) {
    if (sets.get(name) !== '1.1') problems.push(`<Requirements> must require ${name} 1.1.`);
  }

  // Resources by id.
  const resources = at(app, 'VersionOverrides', 'Resources');
  const table = (...path) => new Map(resources.flatMap((r) => at(r, ...path)).map((n) => [attr(n, 'id'), attr(n, 'DefaultValue')]));
  const urls = table('Urls', 'Url');
  const images = table('Images', 'Image');
  const shortStrings = table('ShortStrings', 'String');
  const longStrings = table('LongStrings', 'String');
  const resolve = (map, resid, what) => {
    const value = map.get(resid);
    if (resid === undefined) problems.push(`${what} has no resid.`);
    else if (value === undefined) problems.push(`${what} refers to resid "${resid}", which <Resources> does not define.`);
    return value;
  };
  for (const label of descendants(app, 'Label').concat(descendants(app, 'Title'))) {
    const resid = attr(label, 'resid');
    if (resid !== undefined && !shortStrings.has(resid)) problems.push(`resid "${resid}" is not a <bt:ShortStrings> string.`);
  }
  for (const d of descendants(app, 'Description')) {
    const resid = attr(d, 'resid');
    if (resid !== undefined && !longStrings.has(resid)) problems.push(`resid "${resid}" is not a <bt:LongStrings> string.`);
  }

  // The workbook host and its shared runtime.
  const host = at(app, 'VersionOverrides', 'Hosts', 'Host').find((h) => attr(h, 'type') === 'Workbook');
  if (!host) {
    problems.push('<VersionOverrides> has no Workbook host.');
    return problems.concat(checkUrls(app, urls, images, options));
  }
  const runtimes = at(host, 'Runtimes', 'Runtime');
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || !runtime) problems.push(`<Runtimes> must declare exactly one runtime (found ${runtimes.length}).`);
  else if (attr(runtime, 'lifetime') !== 'long') problems.push('<Runtime> must have lifetime="long" (shared runtime).');
  const runtimeResid = attr(runtime, 'resid');

  const cf = at(host, 'AllFormFactors', 'ExtensionPoint').find((e) => attr(e, 'type') === 'CustomFunctions');
  if (!cf) {
    problems.push('<AllFormFactors> has no CustomFunctions extension point.');
  } else {
    const page = attr(at(cf, 'Page', 'SourceLocation')[0], 'resid');
    if (page !== runtimeResid) problems.push(`the custom functions' <Page> ("${page}") is not the shared runtime ("${runtimeResid}").`);
    const script = resolve(urls, attr(at(cf, 'Script', 'SourceLocation')[0], 'resid'), 'the custom functions <Script>');
    const metadata = resolve(urls, attr(at(cf, 'Metadata', 'SourceLocation')[0], 'resid'), 'the custom functions <Metadata>');
    const namespace = resolve(shortStrings, attr(kids(cf, 'Namespace')[0], 'resid'), 'the custom functions <Namespace>');
    if (namespace !== undefined && namespace !== options.namespace) {
      problems.push(`the custom-functions namespace is "${namespace}", expected "${options.namespace}".`);
    }
    if (script !== undefined && !/\/functions\.js$/.test(script)) problems.push(`the custom functions <Script> ${script} is not the functions.js bundle.`);
    if (metadata !== undefined) {
      if (!/\/functions\.json$/.test(metadata)) {
        problems.push(`the custom functions <Metadata> ${metadata} is not functions.json.`);
      } else {
        const rel = relativeToBase(metadata, options.baseUrl);
        const bytes = rel === undefined ? undefined : options.readBuilt(rel);
        if (bytes !== undefined) problems.push(...checkFunctionsJson(bytes, rel, options));
      }
    }
  }
  const functionFile = attr(at(host, 'DesktopFormFactor', 'FunctionFile')[0], 'resid');
  if (functionFile !== runtimeResid) problems.push(`<FunctionFile> ("${functionFile}") is not the shared runtime ("${runtimeResid}").`);
  const actions = descendants(host, 'Action').filter((a) => attr(a, 'type') === 'ShowTaskpane');
  if (actions.length === 0) problems.push('no ribbon button opens the taskpane (no ShowTaskpane action).');
  for (const a of actions) {
    const resid = attr(at(a, 'SourceLocation')[0], 'resid');
    if (resid !== runtimeResid) problems.push(`the ShowTaskpane action opens "${resid}", not the shared runtime ("${runtimeResid}").`);
  }

  // Icons: every bt:Image used with a size is a PNG of that size.
  for (const icon of descendants(host, 'Icon').flatMap((i) => kids(i, 'Image'))) {
    const size = Number(attr(icon, 'size'));
    const url = resolve(images, attr(icon, 'resid'), `the ${size}px icon`);
    if (url !== undefined) problems.push(...checkIcon(url, size, options));
  }
  problems.push(...checkIcon(attr(kids(app, 'IconUrl')[0], 'DefaultValue'), 32, options));
  problems.push(...checkIcon(attr(kids(app, 'HighResolutionIconUrl')[0], 'DefaultValue'), 64, options));

  problems.push(...checkStoreRules(app, host, urls, options));
  return [...new Set(problems.concat(checkUrls(app, urls, images, options)))];
}

/** Microsoft's hosted Office.js, the only one the store accepts (validation policy 1120.x). */
const HOSTED_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * What Microsoft's commercial marketplace asks of an add-in beyond a valid manifest
 * (learn.microsoft.com, "Commercial marketplace certification policies" 1120 and "Make your
 * solutions available in AppSource"): a version that says which release this is, a support page
 * of its own, a first-run callout (GetStarted) with a page to learn more, and Office.js from
 * Microsoft's CDN in the built page.
 */
function checkStoreRules(app, host, urls, options) {
  const problems = [];
  const version = text(kids(app, 'Version')[0]);
  if (version !== undefined) {
    if (!/^\d+(\.\d+){0,3}$/.test(version.trim())) problems.push(`<Version> "${version.trim()}" is not up to four numbers (1.0.0.0).`);
    else if (options.version !== undefined && !`${version.trim()}.0.0.0`.startsWith(`${options.version}.`)) {
      problems.push(`<Version> ${version.trim()} is not the package version ${options.version}: bump both for each release.`);
    }
  }
  const support = attr(kids(app, 'SupportUrl')[0], 'DefaultValue');
  const taskpane = attr(at(app, 'DefaultSettings', 'SourceLocation')[0], 'DefaultValue');
  if (support === undefined) problems.push('<SupportUrl> is missing: the store needs a support page.');
  else if (support === taskpane) problems.push('<SupportUrl> is the taskpane itself, not a support page.');
  const started = at(host, 'DesktopFormFactor', 'GetStarted')[0];
  if (!started) problems.push('no <GetStarted> callout: the first-run experience Excel shows after installing.');
  else if (!urls.get(attr(at(started, 'LearnMoreUrl')[0], 'resid'))) problems.push('<GetStarted> has no <LearnMoreUrl> page.');
  const page = options.readBuilt('taskpane.html');
  if (page !== undefined) {
    const html = Buffer.from(page).toString('utf8');
    if (!html.includes(HOSTED_OFFICE_JS)) problems.push(`the built taskpane.html does not load Office.js from ${HOSTED_OFFICE_JS} (a build with ADDIN_OFFICE_JS=local is for tests and the offline demo only).`);
  }
  return problems;
}

function relativeToBase(url, baseUrl) {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length).split(/[?#]/)[0] : undefined;
}

/** Every URL in the manifest: https, under the dev server, and a file the build emits. */
function checkUrls(app, urls, images, options) {
  const problems = [];
  const all = [
    ['<IconUrl>', attr(kids(app, 'IconUrl')[0], 'DefaultValue')],
    ['<HighResolutionIconUrl>', attr(kids(app, 'HighResolutionIconUrl')[0], 'DefaultValue')],
    ['<SupportUrl>', attr(kids(app, 'SupportUrl')[0], 'DefaultValue')],
    ['<DefaultSettings><SourceLocation>', attr(at(app, 'DefaultSettings', 'SourceLocation')[0], 'DefaultValue')],
    ...[...urls].map(([id, url]) => [`<bt:Url id="${id}">`, url]),
    ...[...images].map(([id, url]) => [`<bt:Image id="${id}">`, url]),
  ];
  for (const [where, url] of all) {
    if (url === undefined) continue;
    if (!url.startsWith('https://')) {
      problems.push(`${where} ${url} is not https.`);
      continue;
    }
    const rel = relativeToBase(url, options.baseUrl);
    if (rel === undefined) problems.push(`${where} ${url} is not served by the add-in (${options.baseUrl}).`);
    else if (options.readBuilt(rel) === undefined) problems.push(`${where} ${url} points to dist/addin/${rel}, which the build does not emit.`);
  }
  return problems;
}

function checkIcon(url, size, options) {
  if (url === undefined) return [];
  const rel = relativeToBase(url, options.baseUrl);
  if (rel === undefined) return [];
  const bytes = options.readBuilt(rel);
  if (bytes === undefined) return []; // reported once by checkUrls
  const dims = pngSize(bytes);
  if (!dims) return [`icon ${url} is not a PNG.`];
  if (dims.width !== size || dims.height !== size) return [`icon ${url} is ${dims.width}x${dims.height} px, expected ${size}x${size}.`];
  return [];
}

function checkFunctionsJson(bytes, rel, options) {
  let json;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return [`dist/addin/${rel} is not valid JSON.`];
  }
  return checkFunctionsMetadata(json, { baseUrl: options.baseUrl, readBuilt: options.readBuilt }).map((p) => `dist/addin/${rel}: ${p}`);
}

module.exports = { checkManifest, pngSize };
