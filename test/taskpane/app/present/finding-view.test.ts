import { runPipeline } from '../../../../src/core/pipeline';
import { makeOptions, type CellValue, type RawSource } from '../../../../src/core/types';
import { dayFromIso } from '../../../../src/core/util/days';
import { countBySeverity, filterFindings, groupFindings, listFindings } from '../../../../taskpane/app/present/finding-view';

const rows: CellValue[][] = [
  // Owners named, so no finding falls to nobody (action.unassigned would come and go with the waiver).
  ['ID', 'Name', 'Department', 'Status', 'Start', 'Due', 'Last Updated', 'Depends On', 'Owner'],
  ['ENG-1', 'Claims API', 'Engineering', 'Green', '2026-02-02', '2026-04-30', '2026-03-12', 'ENG-9', 'Ana Ruiz'],
  ['FIN-1', 'Budget model', 'Finance', 'Green', '2026-02-02', '2026-01-30', '2026-03-12', '', 'Ben Okafor'],
];
const source: RawSource = { name: 'Plan.xlsx', origin: 'file', dateSystem: 1900, sheets: [{ name: 'Plan', origin: { row: 0, col: 0 }, values: rows }] };
const key = 'dependency.unknown|ENG-1|Plan.xlsx!Plan!H2';

function run(waived = false) {
  return runPipeline([source], makeOptions(dayFromIso('2026-03-16')!, { waivers: waived ? [{ key, reason: 'tracked elsewhere' }] : [] }));
}

describe('finding view', () => {
  it('lists active then waived findings with their keys and departments', () => {
    const items = listFindings(run(true));
    const waived = items.filter((i) => i.waiver);
    expect(waived.map((i) => [i.key, i.department, i.waiver?.reason])).toEqual([[key, 'Engineering', 'tracked elsewhere']]);
    expect(items.indexOf(waived[0]!)).toBe(items.length - 1);
    expect(countBySeverity(items)).toEqual(countBySeverity(listFindings(run(false)).filter((i) => i.key !== key)));
  });

  it('groups by rule in the core order, and by department alphabetically', () => {
    const items = listFindings(run(false));
    const byRule = groupFindings(items, 'rule');
    expect(byRule.map((g) => g.id)).toEqual([...new Set(items.map((i) => i.finding.code))]);
    expect(byRule.find((g) => g.id === 'dependency.unknown')?.title).toBe('Depends on an id that no source defines');
    const byDept = groupFindings(items, 'department').map((g) => g.title);
    expect(byDept).toEqual([...byDept].sort((a, b) => a.localeCompare(b)));
    expect(byDept).toContain('Engineering');
    expect(byDept).toContain('Finance');
  });

  it('searches message, id, cell and department, and hides waived ones on request', () => {
    const items = listFindings(run(true));
    const all = { query: '', severities: ['error', 'warning', 'info'] as const, showWaived: true };
    expect(filterFindings(items, { ...all, query: 'plan!h2' }).map((i) => i.key)).toEqual([key]);
    expect(filterFindings(items, { ...all, query: 'plan!h2', showWaived: false })).toEqual([]);
    expect(filterFindings(items, { ...all, severities: [] })).toEqual([]);
    const finance = filterFindings(items, { ...all, query: 'finance' });
    expect(finance.map((i) => i.finding.code)).toContain('dates.finish-before-start');
    expect(finance.every((i) => i.department === 'Finance' || /finance/i.test(i.finding.message))).toBe(true);
  });
});
