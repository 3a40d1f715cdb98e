import type { DetectedTable } from '../../../../src/core/types';
import { parseSettings } from '../../../../src/office/settings';
import { EMPTY_SETTINGS, effectiveMappings, withCurrentTableKeys, withDepartment, withFieldColumn, withTableDepartment, withTableIncluded, withStatusValue, withWaiver, withoutWaiver } from '../../../../taskpane/app/state/settings';
import { optionsFor } from '../../../../taskpane/run/run-options';

describe('taskpane settings updates', () => {
  it('chooses a field column by header, keeping the other fields of that table', () => {
    const a = withFieldColumn(EMPTY_SETTINGS, 'Eng.xlsx|Plan|0', 'due', 'Go-Live');
    const b = withFieldColumn(a, 'Eng.xlsx|Plan|0', 'owner', 'Lead');
    expect(b.mappings).toEqual([{ tableKey: 'Eng.xlsx|Plan|0', fields: { due: 'Go-Live', owner: 'Lead' } }]);
  });

  it('says a field has no column with null, and can map it again later', () => {
    const a = withFieldColumn(EMPTY_SETTINGS, 'Eng.xlsx|Plan|0', 'owner', null);
    expect(a.mappings).toEqual([{ tableKey: 'Eng.xlsx|Plan|0', fields: { owner: null } }]);
    expect(withFieldColumn(a, 'Eng.xlsx|Plan|0', 'owner', 'Lead').mappings).toEqual([{ tableKey: 'Eng.xlsx|Plan|0', fields: { owner: 'Lead' } }]);
  });

  it('excludes and re-includes a table', () => {
    const out = withTableIncluded(EMPTY_SETTINGS, 'k1', false);
    expect(out.excludedTables).toEqual(['k1']);
    expect(withTableIncluded(out, 'k1', true).excludedTables).toEqual([]);
  });

  it('turns excluded tables into ignore mappings only when asked', () => {
    const s = withTableIncluded(withFieldColumn(EMPTY_SETTINGS, 'k1', 'id', 'Ref'), 'k1', false);
    expect(effectiveMappings(s, false)).toEqual([{ tableKey: 'k1', fields: { id: 'Ref' } }]);
    expect(effectiveMappings(s, true)).toEqual([{ tableKey: 'k1', fields: { id: 'Ref' }, kind: 'ignore' }]);
    expect(effectiveMappings(withTableIncluded(EMPTY_SETTINGS, 'k2', false), true)).toEqual([{ tableKey: 'k2', fields: {}, kind: 'ignore' }]);
  });

  it('names a department, trimming it, and clears it when empty', () => {
    const s = withDepartment(EMPTY_SETTINGS, 'Finance.csv', '  Finance ');
    expect(s.sourceDepartments).toEqual({ 'Finance.csv': 'Finance' });
    expect(withDepartment(s, 'Finance.csv', ' ').sourceDepartments).toEqual({});
  });

  it('keeps a source, department or status value named __proto__ as a key like any other', () => {
    const s = withDepartment(EMPTY_SETTINGS, '__proto__', 'constructor');
    expect(Object.entries(s.sourceDepartments)).toEqual([['__proto__', 'constructor']]);
    const mapped = withStatusValue(withStatusValue(EMPTY_SETTINGS, 'k1', '__proto__', 'red'), 'k1', 'constructor', 'green');
    expect(Object.entries(mapped.mappings[0]!.statusValues ?? {})).toEqual([['__proto__', 'red'], ['constructor', 'green']]);
  });

  it('waives once per key and un-waives', () => {
    const s = withWaiver(withWaiver(EMPTY_SETTINGS, { key: 'a', reason: 'one' }), { key: 'a', reason: 'two' });
    expect(s.waivers).toEqual([{ key: 'a', reason: 'two' }]);
    expect(withoutWaiver(s, 'a').waivers).toEqual([]);
  });
});

describe('a department per table', () => {
  it('is kept in the table\'s saved mapping beside its other corrections, trimmed, and cleared when empty', () => {
    const s = withTableDepartment(withFieldColumn(EMPTY_SETTINGS, 'k1', 'owner', null), 'k1', ' People ');
    expect(s.mappings).toEqual([{ tableKey: 'k1', fields: { owner: null }, department: 'People' }]);
    expect(withTableDepartment(s, 'k1', '').mappings).toEqual([{ tableKey: 'k1', fields: { owner: null } }]);
    // A mapping holding nothing else is dropped, not saved empty.
    expect(withTableDepartment(withTableDepartment(EMPTY_SETTINGS, 'k2', 'HR'), 'k2', ' ').mappings).toEqual([]);
  });
});

describe('corrections under a key their table no longer has', () => {
  const table = (key: string, legacyKey: string, savedKey?: string): DetectedTable => ({
    key, legacyKey, ...(savedKey ? { savedKey } : {}), source: 'Eng.xlsx', sheet: 'Plan', kind: 'initiatives', range: { top: 0, left: 0, bottom: 1, right: 1 },
    headerRow: 0, headers: ['ID', 'Name'], mapping: [], unmapped: [], rowCount: 1, confidence: 1,
  });

  it('are moved to the table\'s key: the mapping the core read, and an exclusion by index', () => {
    const s = { ...EMPTY_SETTINGS, mappings: [{ tableKey: 'Eng.xlsx|Plan|0', fields: { owner: null } }], excludedTables: ['Eng.xlsx|Plan|1'] };
    const moved = withCurrentTableKeys(s, [table('Eng.xlsx|Plan|[id,name]', 'Eng.xlsx|Plan|0', 'Eng.xlsx|Plan|0'), table('Eng.xlsx|Plan|[id,name]#2', 'Eng.xlsx|Plan|1')]);
    expect(moved?.mappings).toEqual([{ tableKey: 'Eng.xlsx|Plan|[id,name]', fields: { owner: null } }]);
    expect(moved?.excludedTables).toEqual(['Eng.xlsx|Plan|[id,name]#2']);
  });

  it('leave the settings as they are when every table has its own key', () => {
    const s = { ...EMPTY_SETTINGS, mappings: [{ tableKey: 'Eng.xlsx|Plan|[id,name]', fields: {} }], excludedTables: ['Eng.xlsx|Plan|[id,name]'] };
    expect(withCurrentTableKeys(s, [table('Eng.xlsx|Plan|[id,name]', 'Eng.xlsx|Plan|0')])).toBeUndefined();
  });
});

describe('the reading of dates, stored with the workbook', () => {
  it('reaches the run\'s options', () => {
    const stored = parseSettings(JSON.stringify({ version: 1, mappings: [], waivers: [], sourceDepartments: {}, excludedTables: [], dateOrder: 'mdy', fiscalYearStart: 4 }))!;
    expect(stored).toMatchObject({ dateOrder: 'mdy', fiscalYearStart: 4 });
    const options = optionsFor(stored, 20_500, true, []);
    expect([options.dateOrder, options.fiscalYearStart]).toEqual(['mdy', 4]);
    // Not set: day first, and the core's own fiscal default (no month given).
    const plain = optionsFor(EMPTY_SETTINGS, 20_500, true, []);
    expect([plain.dateOrder, 'fiscalYearStart' in plain]).toEqual(['dmy', false]);
  });

  it('drops a fiscal month that is not 1-12', () => {
    for (const fiscalYearStart of [0, 13, 4.5, '4']) {
      expect(parseSettings(JSON.stringify({ version: 1, fiscalYearStart }))).not.toHaveProperty('fiscalYearStart');
    }
  });
});
