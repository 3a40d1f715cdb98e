/**
 * Three weekly reviews of the sample programme, edited between runs, each run reading the
 * previous summary's snapshot: findings' first-seen dates, ages, resolution and reopening, the
 * escalation ladder (default and custom), the Actions sheet's order and the digest.
 *
 *   week 1, 2026-11-16: the samples as bundled.
 *   week 2, 2026-11-23: Engineering drops the retired IT-21 from ENG-07's dependencies (Roadmap!I11);
 *                       IT accepts Finance's dependency on IT-04 in the register (Dependencies!G7).
 *   week 3, 2026-11-30: ENG-07 names IT-21 again; IT reports IT-07 (on the critical path) Red;
 *                       Customer Support moves CS-01's due date to 1 May 2026, before its 1 Jun start.
 * Nobody updates a status date, so from week 2 every open initiative updated before 16 Nov is stale.
 */
import { dayFromIso, makeOptions, runPipeline, type RunOptions, type RunResult } from '../../../src/core';
import { buildReport, digests, readSnapshot, snapshotRows, type Snapshot } from '../../../src/core/report';
import { findingKey } from '../../../src/core/rules/finding-key';
import type { Action, DepartmentLead, Finding, RawSource } from '../../../src/core/types';
import { readPreviousSnapshot } from '../../../src/xlsx/read-previous';
import { writeReportXlsx } from '../../../src/xlsx/write-report';
import { materialiseRows } from '../../../src/core/report';
import { editCell, readSampleSources } from '../../support/sample-sources';

const day = (iso: string): number => dayFromIso(iso)!;
const WEEK1 = '2026-11-16';
const WEEK2 = '2026-11-23';
const WEEK3 = '2026-11-30';
const LEADS: DepartmentLead[] = [
  { department: 'Customer Support', lead: 'Helen Ward' },
  { department: 'IT', lead: 'Oliver Grant' },
];

const findingOf = (r: RunResult, code: string, id: string): Finding | undefined => r.findings.find((f) => f.code === code && f.initiativeId === id);
const lifeOf = (r: RunResult, code: string, id: string) => {
  const f = findingOf(r, code, id);
  if (!f) throw new Error(`no ${code} on ${id}`);
  return r.governance!.life.get(findingKey(f));
};
const actionOf = (r: RunResult, code: string, id: string): Action => {
  const a = r.governance!.actions.find((x) => x.finding.code === code && x.finding.initiativeId === id);
  if (!a) throw new Error(`no action ${code} on ${id}`);
  return a;
};

describe('three weekly reviews of the sample programme', () => {
  let week1: RawSource[];
  let week2: RawSource[];
  let week3: RawSource[];
  let run1: RunResult;
  let snap1: Snapshot;
  let run2: RunResult;
  let snap2: Snapshot;
  let run3: RunResult;
  const run = (sources: RawSource[], asOf: string, snap: Snapshot | undefined, extra: Partial<RunOptions> = {}): RunResult =>
    runPipeline(sources, makeOptions(day(asOf), { ...(snap ? { history: snap.history } : {}), ...extra }));

  beforeAll(async () => {
    week1 = await readSampleSources();
    week2 = editCell(editCell(week1, 'Engineering.xlsx', 'Roadmap', 'I11', 'ENG-02 SS+15d'), 'IT.xlsx', 'Dependencies', 'G7', 'Nadia Petrova');
    week3 = editCell(
      editCell(editCell(week1, 'IT.xlsx', 'IT Delivery', 'E11', 'Red'), 'Customer-Support.xlsx', 'CS Readiness', 'G5', '1 May 2026'),
      'Engineering.xlsx',
      'Roadmap',
      'I11',
      'ENG-02 SS+15d; IT-21',
    );
    run1 = run(week1, WEEK1, undefined);
    // Week 1 -> 2 goes through the real summary file, as the CLI's --previous reads it.
    snap1 = (await readPreviousSnapshot(await writeReportXlsx(buildReport(run1))))!;
    run2 = run(week2, WEEK2, snap1);
    // Week 2 -> 3 through the hidden sheet's rows, as the taskpane reads them back from the workbook.
    snap2 = readSnapshot(snapshotRows(run2))!;
    run3 = run(week3, WEEK3, snap2);
  }, 60_000);

  it('both contract findings: IT has not accepted FIN-04\'s need, and agreed IT-03 for after ENG-04 needs it', () => {
    expect(findingOf(run1, 'dependency.unacknowledged', 'IT-04')!.cells).toEqual([{ source: 'IT.xlsx', sheet: 'Dependencies', address: 'G7' }]);
    expect(findingOf(run1, 'dependency.date-not-agreed', 'IT-03')!.message).toBe(
      'IT-03 "Third-party fraud data feed" agreed to deliver by 2027-02-17, but ENG-04 "Fraud scoring service integration" needs it by 2027-01-15.',
    );
    // Accepted in week 2: gone (resolved, below); the date is still not agreed, open a second review.
    expect(findingOf(run2, 'dependency.unacknowledged', 'IT-04')).toBeUndefined();
    expect(lifeOf(run2, 'dependency.date-not-agreed', 'IT-03')).toMatchObject({ firstSeen: day(WEEK1), reviewsOpen: 2, state: 'open' });
    // The provider's owner acts: Oliver Grant owns IT-03.
    expect(actionOf(run1, 'dependency.date-not-agreed', 'IT-03').person).toBe('Oliver Grant');
  });

  it('week 1: every finding is new, first seen that day', () => {
    expect(lifeOf(run1, 'dependency.cycle', 'CS-06')).toEqual({ key: expect.any(String), firstSeen: day(WEEK1), reviewsOpen: 1, ageDays: 0, state: 'new' });
    expect([...run1.governance!.life.values()].every((l) => l.state === 'new' && l.firstSeen === day(WEEK1))).toBe(true);
    expect(run1.governance!.resolved).toEqual([]);
  });

  it('week 2: a finding still open keeps its first-seen date and ages a week; the one fixed is resolved', () => {
    expect(lifeOf(run2, 'dependency.cycle', 'CS-06')).toMatchObject({ firstSeen: day(WEEK1), reviewsOpen: 2, ageDays: 7, state: 'open' });
    // Stale from this week on (CS-07 was updated 13 Nov: 10 days before 23 Nov, beyond the 7-day cadence).
    expect(lifeOf(run2, 'status.stale', 'CS-07')).toMatchObject({ firstSeen: day(WEEK2), reviewsOpen: 1, ageDays: 0, state: 'new' });
    expect(findingOf(run2, 'dependency.unknown', 'ENG-07')).toBeUndefined();
    const resolved = run2.governance!.resolved.map((r) => [r.entry.code, r.entry.initiativeId, r.entry.firstSeen, r.resolvedOn]);
    expect(resolved).toEqual([
      ['dependency.unknown', 'ENG-07', day(WEEK1), day(WEEK2)],
      ['dependency.unacknowledged', 'IT-04', day(WEEK1), day(WEEK2)],
    ]);
  });

  it('week 3: the fixed finding that came back is reopened with its first-seen date; ages go on', () => {
    // Open in weeks 1 and 3: two reviews open, 14 days since it was first seen.
    expect(lifeOf(run3, 'dependency.unknown', 'ENG-07')).toMatchObject({ firstSeen: day(WEEK1), reviewsOpen: 2, ageDays: 14, state: 'reopened' });
    expect(lifeOf(run3, 'dependency.cycle', 'CS-06')).toMatchObject({ firstSeen: day(WEEK1), reviewsOpen: 3, ageDays: 14, state: 'open' });
    expect(lifeOf(run3, 'status.stale', 'CS-07')).toMatchObject({ firstSeen: day(WEEK2), reviewsOpen: 2, ageDays: 7, state: 'open' });
    expect(lifeOf(run3, 'dates.finish-before-start', 'CS-01')).toMatchObject({ firstSeen: day(WEEK3), reviewsOpen: 1, state: 'new' });
    expect(run3.governance!.resolved).toEqual([]);
  });

  it('running the same review again counts no extra review', () => {
    const again = run(week3, WEEK3, readSnapshot(snapshotRows(run3))!);
    expect(lifeOf(again, 'dependency.cycle', 'CS-06')).toMatchObject({ firstSeen: day(WEEK1), reviewsOpen: 3, state: 'open' });
    expect(lifeOf(again, 'dates.finish-before-start', 'CS-01')).toMatchObject({ firstSeen: day(WEEK3), reviewsOpen: 1, state: 'new' });
  });

  it('check --json shows each finding\'s age', async () => {
    const { checkJson } = await import('../../../src/core/report');
    const json = checkJson(run3);
    const cycle = json.findings.find((f) => f.code === 'dependency.cycle')!;
    expect(cycle.life).toEqual({ firstSeen: WEEK1, reviewsOpen: 3, ageDays: 14, state: 'open' });
    expect(json.actions.find((a) => a.code === 'dependency.cycle')).toMatchObject({ person: "Liam O'Connor", dueBy: '2026-12-07', level: 'department-lead', reviewsOpen: 3 });
  });

  describe('escalation on the default ladder (department lead after 2 reviews open, steering committee after 4, red critical at once)', () => {
    it('stays with the owner for the first two reviews, then goes to the department lead', () => {
      expect(actionOf(run1, 'dependency.cycle', 'CS-06')).toMatchObject({ person: "Liam O'Connor", assignee: 'owner', level: 'owner', escalatedTo: "Liam O'Connor" });
      expect(actionOf(run2, 'dependency.cycle', 'CS-06').level).toBe('owner');
      // Three reviews open = two past the first: the lead's; no lead is named for Customer Support.
      expect(actionOf(run3, 'dependency.cycle', 'CS-06')).toMatchObject({ level: 'department-lead', escalatedTo: "Customer Support's lead (not named)" });
      expect(actionOf(run(week3, WEEK3, snap2, { leads: LEADS }), 'dependency.cycle', 'CS-06').escalatedTo).toBe('Helen Ward');
    });

    it('sends a finding on a red critical-path initiative to the steering committee at once', () => {
      // IT-07 (critical: IT-07 -> FIN-04) is reported Red in week 3; its start date still reads two ways.
      expect(run3.analysis.byId.get('IT-07')).toMatchObject({ effectiveStatus: 'red', critical: true });
      expect(actionOf(run3, 'value.ambiguous-date', 'IT-07')).toMatchObject({ level: 'steering-committee', escalatedTo: 'Steering committee' });
      expect(actionOf(run2, 'value.ambiguous-date', 'IT-07').level).toBe('owner');
    });

    it('says what to do with the values and by the next review', () => {
      const a = actionOf(run3, 'dependency.unknown', 'ENG-07');
      expect(a.todo).toBe(`Correct the id, or add the missing initiative to its department sheet. ${findingOf(run3, 'dependency.unknown', 'ENG-07')!.message}`);
      expect(a.todo).toContain('IT-21');
      expect(a.dueBy).toBe(day('2026-12-07')); // 30 Nov + the 7-day cadence
      expect(a.level).toBe('owner'); // reopened, two reviews open: one past the first
    });
  });

  describe('escalation on a custom ladder', () => {
    const ladder = { leadAfter: 1, steeringAfter: 2, redCriticalAtOnce: true };
    it('climbs a rung per review: the lead at the second review, the steering committee at the third', () => {
      expect(actionOf(run(week1, WEEK1, undefined, { ladder }), 'dependency.cycle', 'CS-06').level).toBe('owner');
      expect(actionOf(run(week2, WEEK2, snap1, { ladder, leads: LEADS }), 'dependency.cycle', 'CS-06')).toMatchObject({ level: 'department-lead', escalatedTo: 'Helen Ward' });
      expect(actionOf(run(week3, WEEK3, snap2, { ladder }), 'dependency.cycle', 'CS-06').level).toBe('steering-committee');
    });

    it('can leave red critical-path items on the ladder', () => {
      const patient = { leadAfter: 3, steeringAfter: 5, redCriticalAtOnce: false };
      // IT-07's ambiguous date: three reviews open, two past the first, below the lead's 3.
      expect(actionOf(run(week3, WEEK3, snap2, { ladder: patient }), 'value.ambiguous-date', 'IT-07').level).toBe('owner');
    });
  });

  describe('the Actions sheet', () => {
    let rows: string[][];
    beforeAll(() => {
      const sheet = buildReport(run3).sheets.find((s) => s.name === 'Actions')!;
      rows = materialiseRows(sheet.rows).map((r) => r.map((c) => (c?.value ? String(c.value.v) : '')));
    });

    it('groups actions by person, the person with the oldest and most severe action first, unassigned last', () => {
      const people = rows.slice(1).map((r) => r[0]!);
      const order = people.filter((p, k) => people.indexOf(p) === k);
      // Each person once, in one block.
      expect(order.length).toBe(new Set(people).size);
      for (const p of order) {
        const first = people.indexOf(p);
        expect(people.lastIndexOf(p) - first + 1).toBe(people.filter((x) => x === p).length);
      }
      // An error first seen in week 1, by name; then a warning from week 1 (Lena Fischer's: ENG-05's Green in a red cell); then week 2's stale-only owners.
      expect(order.slice(0, 15)).toEqual([
        'Aaliyah Khan', 'Ben Adeyemi', 'Chloe Dubois', 'Ingrid Holm', 'Joanna Kowalski', "Liam O'Connor", 'Oliver Grant', 'Samuel Reyes', 'Sofia Marin',
        'Daniel Osei', 'Emma Whitfield', 'Grace Liu', 'Lena Fischer', 'Maria Santos', 'Nadia Petrova',
      ]);
      expect(order[order.length - 1]).toBe('unassigned');
    });

    it("lists one person's actions oldest first, then most severe", () => {
      const maria = rows.filter((r) => r[0] === 'Maria Santos').map((r) => `${r[3]} ${r[12]} ${r[4]} ${r[11]}`);
      expect(maria).toEqual([
        // Rules by their catalog names, as every sheet names them.
        'Warning Due before the as-of date and neither done nor cancelled CS-03 Open', // first seen 16 Nov
        'Warning An open initiative whose last update is older than the review cadence (default 7 days) CS-01 Open', // first seen 23 Nov, CS-01's row above CS-03's
        'Warning An open initiative whose last update is older than the review cadence (default 7 days) CS-03 Open',
        'Error Due earlier than start (or an actual finish earlier than the actual start) CS-01 New', // first seen 30 Nov: the error before the warning of the same day
        'Warning Due before the as-of date and neither done nor cancelled CS-01 New',
      ]);
    });

    it('links each action to its source cell and leaves waived findings off the list, with their reason on Findings', () => {
      const key = findingKey(findingOf(run3, 'dependency.cycle', 'CS-06')!);
      const waived = run(week3, WEEK3, snap2, { waivers: [{ key, reason: 'Loop agreed with Engineering: CS-06 follows ENG-08 only.' }] });
      expect(waived.governance!.actions.some((a) => a.key === key)).toBe(false);
      expect(waived.waived.map((w) => w.waiver.reason)).toContain('Loop agreed with Engineering: CS-06 follows ENG-08 only.');
      const sheet = buildReport(run3).sheets.find((s) => s.name === 'Actions')!;
      const k = rows.findIndex((r) => r[12] === 'A dependency cycle');
      // The finding's first cell: the loop's first link from CS-06, ENG-09's "CS-06 SS" (Roadmap row 13, ENG-01 being on row 5).
      expect(materialiseRows(sheet.rows)[k]![13]!.link).toEqual({ kind: 'external', file: 'Engineering.xlsx', sheet: 'Roadmap', address: 'I13' });
      expect(rows[k]![13]).toBe('Engineering.xlsx › Roadmap!I13');
    });
  });

  it("writes one short digest per person with their open actions", () => {
    const liam = digests(run3).find((d) => d.person === "Liam O'Connor")!;
    const lines = liam.text.split('\n');
    expect(lines[0]).toBe("Liam O'Connor: 3 open actions from Throughline (as of 2026-11-30), by the next review on 2026-12-07.");
    expect(lines[1]).toMatch(/^- \[Error\] CS-06: Break the loop: .* \(open 3 reviews, since 2026-11-16; escalated to department lead Customer Support's lead \(not named\)\)$/);
    expect(lines).toHaveLength(4);
  });
});
