/**
 * Checks a custom functions metadata file (functions.json) against Microsoft's documented rules
 * ("Manually create JSON metadata for custom functions", learn.microsoft.com: the metadata
 * reference and its best practices; the JSON schema itself,
 * developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json, is not reachable
 * offline, so its rules are written out here) and Throughline's own: every function has a
 * helpUrl to the help page served with the add-in, with an anchor for it; error cells reach the
 * functions (allowErrorForDataTypeAny), which answer for them. Returns one line per problem.
 */
'use strict';

const TOP_LEVEL = ['$schema', 'allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny', 'functions', 'enums'];
const FUNCTION_KEYS = ['id', 'name', 'description', 'helpUrl', 'parameters', 'result', 'options'];
const PARAMETER_KEYS = ['name', 'description', 'type', 'dimensionality', 'optional', 'repeating', 'cellValueType', 'customEnumId'];
const TYPES = ['boolean', 'number', 'string', 'any'];
const DIMENSIONALITY = ['scalar', 'matrix'];
const CELL_VALUE_TYPES = ['cellvalue', 'booleancellvalue', 'doublecellvalue', 'entitycellvalue', 'errorcellvalue', 'linkedentitycellvalue', 'localimagecellvalue', 'stringcellvalue', 'webimagecellvalue'];
const OPTIONS = ['cancelable', 'capturesCallingObject', 'excludeFromAutoComplete', 'linkedEntityLoadService', 'requiresAddress', 'requiresParameterAddresses', 'requiresStreamAddress', 'requiresStreamParameterAddresses', 'stream', 'volatile'];

/**
 * @param {unknown} json          the parsed functions.json
 * @param {{ baseUrl: string, readBuilt?: (rel: string) => Uint8Array | undefined }} options
 *   baseUrl: where the add-in is served ("https://localhost:3000/"); readBuilt: a built file, to check the help page
 * @returns {string[]}
 */
function checkFunctionsMetadata(json, options) {
  const problems = [];
  const say = (p) => problems.push(p);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return ['functions.json is not a JSON object.'];
  for (const key of Object.keys(json)) if (!TOP_LEVEL.includes(key)) say(`functions.json has "${key}", which is not a metadata property.`);
  for (const key of ['allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny']) if (key in json && typeof json[key] !== 'boolean') say(`${key} must be true or false.`);
  if (json.allowErrorForDataTypeAny !== true) say('allowErrorForDataTypeAny is not true: Excel would answer error cells itself and never call the functions that can answer for them.');
  const enums = Array.isArray(json.enums) ? json.enums : [];
  const fns = Array.isArray(json.functions) ? json.functions : [];
  if (fns.length === 0) say('functions.json declares no custom functions.');
  const seen = new Set();
  const pages = new Map();
  for (const f of fns) {
    const id = f && typeof f.id === 'string' ? f.id : undefined;
    const where = `function ${id ?? JSON.stringify(f && f.id)}`;
    if (!id || !/^[A-Za-z0-9.]+$/.test(id)) say(`${where}: the id must be letters, digits and periods only.`);
    else if (seen.has(id.toUpperCase())) say(`${where}: the id is used twice.`);
    else seen.add(id.toUpperCase());
    if (id && id !== id.toUpperCase()) say(`${where}: ids and names are upper case (Microsoft's best practice).`);
    if (!f || typeof f.name !== 'string' || f.name === '') say(`${where}: it has no name.`);
    for (const key of Object.keys(f || {})) if (!FUNCTION_KEYS.includes(key)) say(`${where}: "${key}" is not a function property.`);
    if (typeof f.description !== 'string' || f.description.length < 3) say(`${where}: it has no description (Excel shows it in the formula AutoComplete).`);
    checkHelpUrl(f.helpUrl, where, options, pages, say);
    if (!Array.isArray(f.parameters)) say(`${where}: parameters must be an array.`);
    else f.parameters.forEach((p, i) => checkParameter(p, `${where}, parameter ${i + 1}`, enums, say));
    if (f.parameters && Array.isArray(f.parameters)) {
      const names = f.parameters.map((p) => p && p.name);
      if (new Set(names).size !== names.length) say(`${where}: two parameters have the same name.`);
      const firstOptional = f.parameters.findIndex((p) => p && (p.optional || p.repeating));
      if (firstOptional >= 0 && f.parameters.slice(firstOptional).some((p) => p && !p.optional && !p.repeating)) say(`${where}: a required parameter follows an optional one.`);
    }
    if (!f.result || typeof f.result !== 'object') say(`${where}: it has no result.`);
    else {
      if ('type' in f.result && !TYPES.includes(f.result.type)) say(`${where}: result type "${f.result.type}" is not boolean, number, string or any.`);
      if ('dimensionality' in f.result && !DIMENSIONALITY.includes(f.result.dimensionality)) say(`${where}: result dimensionality must be scalar or matrix.`);
    }
    checkOptions(f.options, f.result, where, say);
  }
  return problems;
}

function checkParameter(p, where, enums, say) {
  if (!p || typeof p !== 'object') return say(`${where} is not an object.`);
  if (typeof p.name !== 'string' || p.name === '') say(`${where} has no name.`);
  for (const key of Object.keys(p)) if (!PARAMETER_KEYS.includes(key)) say(`${where}: "${key}" is not a parameter property.`);
  if ('type' in p && !TYPES.includes(p.type)) say(`${where}: type "${p.type}" is not boolean, number, string or any.`);
  if ('dimensionality' in p && !DIMENSIONALITY.includes(p.dimensionality)) say(`${where}: dimensionality must be scalar or matrix.`);
  for (const key of ['optional', 'repeating']) if (key in p && typeof p[key] !== 'boolean') say(`${where}: ${key} must be true or false.`);
  if ('cellValueType' in p) {
    if ((p.type ?? 'any') !== 'any') say(`${where}: cellValueType needs type any.`);
    if (!CELL_VALUE_TYPES.includes(String(p.cellValueType).toLowerCase())) say(`${where}: cellValueType "${p.cellValueType}" is not one Excel knows.`);
  }
  if ('customEnumId' in p && !enums.some((e) => e && typeof e.id === 'string' && e.id.toLowerCase() === String(p.customEnumId).toLowerCase())) say(`${where}: customEnumId "${p.customEnumId}" names no enum.`);
  if (typeof p.description !== 'string' || p.description.length < 3) say(`${where} has no description (Excel shows it while the formula is typed).`);
}

function checkOptions(o, result, where, say) {
  if (o === undefined) return;
  if (!o || typeof o !== 'object') return say(`${where}: options must be an object.`);
  for (const [key, value] of Object.entries(o)) {
    if (!OPTIONS.includes(key)) say(`${where}: "${key}" is not a function option.`);
    else if (typeof value !== 'boolean') say(`${where}: option ${key} must be true or false.`);
  }
  const both = (a, b) => o[a] === true && o[b] === true && say(`${where}: a function cannot be both ${a} and ${b}.`);
  both('stream', 'cancelable');
  both('stream', 'volatile');
  both('stream', 'requiresAddress');
  both('excludeFromAutoComplete', 'linkedEntityLoadService');
  if (o.requiresParameterAddresses === true && (!result || result.dimensionality !== 'matrix')) say(`${where}: requiresParameterAddresses needs a matrix result.`);
  for (const key of ['requiresStreamAddress', 'requiresStreamParameterAddresses']) if (o[key] === true && o.stream !== true) say(`${where}: ${key} needs stream.`);
}

/** helpUrl: https, under the add-in's base URL, a page the build emits, with an element of the anchor's id. */
function checkHelpUrl(url, where, options, pages, say) {
  if (typeof url !== 'string' || url === '') return say(`${where}: it has no helpUrl (the help page Excel links from the function's description).`);
  if (!url.startsWith(options.baseUrl)) return say(`${where}: helpUrl ${url} is not served with the add-in (${options.baseUrl}).`);
  if (!options.readBuilt) return;
  const [rel, anchor] = url.slice(options.baseUrl.length).split('#');
  if (!pages.has(rel)) {
    const bytes = options.readBuilt(rel);
    pages.set(rel, bytes ? Buffer.from(bytes).toString('utf8') : undefined);
  }
  const page = pages.get(rel);
  if (page === undefined) return say(`${where}: helpUrl ${url} points to ${rel}, which the build does not emit.`);
  // The built page may be minified (id=x, unquoted).
  const id = new RegExp(`\\sid=(["']?)${anchor ? anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : ''}\\1[\\s>]`);
  if (anchor && !id.test(page)) say(`${where}: ${rel} has no section with id "${anchor}".`);
}

module.exports = { checkFunctionsMetadata };
