import { EMPTY_SETTINGS, effectiveMappings, withDepartment, withFieldColumn, withTableIncluded, withStatusValue, withWaiver, withoutWaiver } from '../../../../taskpane/app/state/settings';

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
