import { buildReport, sheetRows } from '../../../src/core/report';
import { compareRuns, describeChanges } from '../../../src/core/report/changes-sheet';
import { readSnapshot, snapshotRows, takeSnapshot } from '../../../src/core/report/snapshot';
import { makeFinding, type ReportCell, type RunResult, type Status } from '../../../src/core/types';
import { BASE_SPECS, d, makeFixture, makeModifiedFixture, WB } from './fixture';

describe('Changes against the previous summary', () => {
  const previous = takeSnapshot(makeFixture());
  const current = makeModifiedFixture();

  it('lists surprises first, then status changes, re-plans, slips, new/removed initiatives, new/resolved findings', () => {
    expect(compareRuns(previous, current)).toEqual([
      // Reported green both weeks, with no words of its own: the name alone, unchanged.
      { change: 'Green to red', initiativeId: 'FIN-1', name: 'Chart of accounts redesign', was: { kind: 'status', status: 'green' }, now: { kind: 'status', status: 'red' }, reported: 'Green (unchanged)', detail: 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.' },
      // Reported statuses by their names, never the internal 'red'; effectively red both weeks, now unlike the reported amber (no reason recorded in the fixture).
      { change: 'Status change', initiativeId: 'IT-1', name: 'Data platform', was: { kind: 'status', status: 'red' }, now: { kind: 'status', status: 'red' }, reported: 'Red → Amber', detail: 'Effectively red, unlike the reported status.' },
      // IT-2's due moved (Fri 10 Apr -> Fri 24 Apr: two weeks, 10 working days): a re-plan, listed once though its forecast moved with it.
      {
        change: 'Re-planned',
        initiativeId: 'IT-2',
        name: 'Single sign-on',
        was: { kind: 'date', day: d('2026-04-10') },
        now: { kind: 'date', day: d('2026-04-24') },
        detail: 'Due date moved 10 working days later in the plan. Forecast finish now 24 Apr 2026 (was 10 Apr 2026).',
      },
      // FIN-1's forecast moved with its due unchanged: a slip (Fri 27 Mar -> Fri 10 Apr, 10 working days).
      { change: 'Slipped', initiativeId: 'FIN-1', name: 'Chart of accounts redesign', was: { kind: 'date', day: d('2026-03-27') }, now: { kind: 'date', day: d('2026-04-10') }, detail: 'Forecast finish 10 working days later; the due date (27 Mar 2026) did not move.' },
      { change: 'New initiative', initiativeId: 'SAL-3', name: 'Partner pricing', now: { kind: 'status', status: 'green' }, reported: 'Green', detail: 'Added in Sales.' },
      { change: 'Removed initiative', initiativeId: 'OPS-2', name: 'Supplier portal', was: { kind: 'status', status: 'done' }, reported: 'Done', detail: 'No longer in any source.' },
      // The rule by its catalog name; dates in messages as the report shows them.
      {
        change: 'New finding',
        initiativeId: 'SAL-1',
        name: 'CRM migration',
        now: { kind: 'severity', severity: 'warning' },
        detail: 'Forecast or spent cost above budget by more than the tolerance (default 5%): SAL-1 forecast cost 330,000 is 10% above its budget 300,000.',
      },
      {
        change: 'Resolved finding',
        initiativeId: 'IT-1',
        name: 'Data platform',
        was: { kind: 'severity', severity: 'warning' },
        detail: 'An open initiative whose last update is older than the review cadence (default 7 days): IT-1 was last updated on 20 Feb 2026, 24 days before the as-of date (cadence 7 days).',
      },
    ]);
  });

  it('rolls many findings of one rule and many initiatives added in one department into one row each, errors first', () => {
    const at = (sheet: string, address: string) => ({ source: WB, sheet, address });
    const stale = (id: string, row: number) => makeFinding('status.stale', `${id} was last updated long ago.`, [at('Ops', `I${row}`)], { initiativeId: id });
    const added = (id: string, row: number) => ({ ...BASE_SPECS.find((x) => x.id === 'SAL-2')!, id, name: `Pricing ${id}`, row, upstream: [], downstream: [], inCycle: false });
    const later = makeFixture({
      specs: (specs) => [...specs, added('SAL-3', 4), added('SAL-4', 5), added('SAL-5', 6)],
      findings: (fs) => [
        ...fs,
        stale('OPS-1', 3),
        stale('FIN-1', 2),
        stale('FIN-2', 3),
        makeFinding('status.green-over-risk', 'SAL-2 is reported green but upstream SAL-1 is amber.', [at('Sales', 'E3')], { initiativeId: 'SAL-2' }),
      ],
    });
    const changes = compareRuns(previous, later);
    expect(changes).toEqual([
      {
        change: 'New initiative',
        initiativeId: '3 initiatives',
        name: 'Sales',
        detail: '3 initiatives added in Sales: SAL-3, SAL-4, SAL-5.',
        rolledUp: ['SAL-3', 'SAL-4', 'SAL-5'],
      },
      // The one new error comes before the roll-up of three warnings.
      { change: 'New finding', initiativeId: 'SAL-2', name: 'Pricing engine', now: { kind: 'severity', severity: 'error' }, detail: expect.stringMatching(/^Reported green while .*: SAL-2 is reported green but upstream SAL-1 is amber\.$/) },
      {
        change: 'New finding',
        initiativeId: '3 findings',
        name: 'An open initiative whose last update is older than the review cadence (default 7 days)',
        now: { kind: 'severity', severity: 'warning' },
        // In the report's order (Finance before Operations), not the order the rules found them.
        detail: 'New for 3 initiatives: FIN-1, FIN-2, OPS-1.',
        rolledUp: ['FIN-1', 'FIN-2', 'OPS-1'],
      },
    ]);
    // The summary line counts what a roll-up stands for.
    expect(describeChanges(changes)).toBe('0 green-to-red surprises, 0 status changes, 0 re-plans, 0 slips, 3 new and 0 removed initiatives, 4 new and 0 resolved findings');
    const sheet = buildReport(later, { previous }).sheets[1]!;
    const show = (c: ReportCell | null): string | number | boolean | null => (c?.value ? c.value.v : null);
    expect(sheetRows(sheet)[4]!.map(show)).toEqual(['New initiative', '3 initiatives', 'Sales', '', '', '', '3 initiatives added in Sales: SAL-3, SAL-4, SAL-5.']);
    // A roll-up row links nowhere; a row about one initiative links to its row on Initiatives (SAL-2 is the 8th initiative).
    expect(sheetRows(sheet)[4]![1]!.link).toBeUndefined();
    expect(sheetRows(sheet)[5]![1]!.link).toEqual({ kind: 'internal', sheet: 'Initiatives', address: 'A9', report: true });
  });

  it('rolls up the slips of overdue work (their forecast moves with the as-of date) and names the upstream slip behind the others', () => {
    // A week ago every forecast but done OPS-2's was 5 working days earlier; FIN-1 and IT-2 are now overdue, like IT-1.
    const overdue = makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'FIN-1' || s.id === 'IT-2' ? { ...s, due: '2026-03-13', forecast: '2026-03-20' } : s)) });
    const snap = takeSnapshot(overdue);
    const earlier = { ...snap, initiatives: snap.initiatives.map((i) => (i.id === 'OPS-2' ? i : { ...i, forecastFinish: i.forecastFinish! - 7 })) };
    const slips = compareRuns(earlier, overdue).filter((c) => c.change === 'Slipped');
    expect(slips.map((c) => [c.initiativeId, c.detail])).toEqual([
      ['3 initiatives', 'Past their due date, so their forecast finish moves with the as-of date: FIN-1, IT-1, IT-2.'],
      ['FIN-2', 'Forecast finish 5 working days later; the due date (30 Apr 2026) did not move. Upstream IT-1 slipped too.'],
      ['OPS-1', 'Forecast finish 5 working days later; the due date (31 Jul 2026) did not move. Upstream FIN-2 slipped too.'],
      ['SAL-1', 'Forecast finish 5 working days later; the due date (26 Jun 2026) did not move. Upstream IT-2, SAL-2 slipped too.'],
      ['SAL-2', 'Forecast finish 5 working days later; the due date (28 Aug 2026) did not move. Upstream SAL-1 slipped too.'],
    ]);
    expect(slips[0]!.rolledUp).toEqual(['FIN-1', 'IT-1', 'IT-2']);
  });

  it('names reported statuses as the sources wrote them, kept in the snapshot for the next run', () => {
    const written = (r: RunResult, texts: Record<string, string>): RunResult => ({
      ...r,
      model: { ...r.model, initiatives: r.model.initiatives.map((i) => (texts[i.id] !== undefined ? { ...i, statusText: texts[i.id] } : i)) },
    });
    const before = written(makeFixture(), { 'IT-1': 'Off track', 'IT-2': '🟠' });
    const after = written(
      makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'IT-1' ? { ...s, status: 'amber' } : s.id === 'IT-2' ? { ...s, status: 'red' } : s.id === 'SAL-2' ? { ...s, status: 'not-started' } : s)) }),
      { 'IT-1': 'At risk', 'IT-2': '🔴' },
    );
    // Through the hidden sheet's rows, as the next run reads them.
    const stored = readSnapshot(snapshotRows(before))!;
    expect(stored.initiatives.find((i) => i.id === 'IT-1')!.reportedText).toBe('Off track');
    expect(stored.initiatives.find((i) => i.id === 'FIN-1')!.reportedText).toBeUndefined();
    const details = compareRuns(stored, after).filter((c) => c.change === 'Status change').map((c) => [c.initiativeId, c.reported]);
    expect(details).toEqual([
      // Our name leads; the source's words follow in quotes when they say more than it.
      ['IT-1', 'Red "Off track" → Amber "At risk"'],
      // A symbol alone says no more than the name.
      ['IT-2', 'Amber → Red'],
      ['SAL-2', 'Green → Not started'],
    ]);
  });

  it('sets the reported status as written beside the effective ones: a respelling that says no more is unchanged, new words are a move', () => {
    const written = (r: RunResult, text: string): RunResult => ({
      ...r,
      model: { ...r.model, initiatives: r.model.initiatives.map((i) => (i.id === 'FIN-1' ? { ...i, statusText: text } : i)) },
    });
    // FIN-1 is reported green both weeks and turns effectively red (makeModifiedFixture).
    const stored = readSnapshot(snapshotRows(written(makeFixture(), '🟢 Green')))!;
    const surprise = (text: string) => compareRuns(stored, written(makeModifiedFixture(), text)).find((c) => c.change === 'Green to red')!;
    expect([surprise('G'), surprise('On track')].map((c) => [c.initiativeId, c.was, c.now, c.reported])).toEqual([
      ['FIN-1', { kind: 'status', status: 'green' }, { kind: 'status', status: 'red' }, 'Green (unchanged)'],
      ['FIN-1', { kind: 'status', status: 'green' }, { kind: 'status', status: 'red' }, 'Green → Green "On track"'],
    ]);
  });

  it('says in the detail why the effective status moved when the reported one did not, and "As reported." when it followed the owner', () => {
    // OPS-1 is reported green and effectively amber (upstream FIN-2 is red).
    const changed = (spec: { status?: Status; effective?: Status }) =>
      compareRuns(previous, makeFixture({ specs: (specs) => specs.map((s) => (s.id === 'OPS-1' ? { ...s, ...spec, reason: undefined } : s)) })).filter((c) => c.initiativeId === 'OPS-1');
    // Upstream cleared: effectively green now, as reported all along.
    expect(changed({ effective: 'green' }).map((c) => [c.change, c.reported, c.detail])).toEqual([['Status change', 'Green (unchanged)', 'The reported status held; the effective one moved.']]);
    // The owner now reports the amber it effectively was: only the reported status moved.
    expect(changed({ status: 'amber' }).map((c) => [c.change, c.reported, c.detail])).toEqual([['Status change', 'Green → Amber', 'As reported.']]);
  });

  it('names every reported status one way: our name, then the words when they say more; the words alone when there is no colour', () => {
    const fixture = (statuses: Record<string, Status>, texts: Record<string, string>): RunResult => {
      const r = makeFixture({ specs: (specs) => specs.map((s) => (statuses[s.id] !== undefined ? { ...s, status: statuses[s.id]! } : s)) });
      return { ...r, model: { ...r.model, initiatives: r.model.initiatives.map((i) => (texts[i.id] !== undefined ? { ...i, statusText: texts[i.id] } : i)) } };
    };
    const before = fixture(
      { 'OPS-2': 'done' },
      { 'FIN-1': 'Green', 'FIN-2': 'G', 'IT-1': 'R', 'IT-2': 'Yellow', 'OPS-1': '🟢 On track', 'OPS-2': '✅', 'SAL-1': 'At risk', 'SAL-2': 'g.' },
    );
    const after = fixture(
      { 'FIN-1': 'red', 'FIN-2': 'unknown', 'IT-1': 'unknown', 'IT-2': 'cancelled', 'OPS-1': 'amber', 'OPS-2': 'not-started', 'SAL-1': 'unknown', 'SAL-2': 'on-hold' },
      { 'FIN-1': 'Blocked by vendor', 'FIN-2': 'In Progress', 'IT-1': 'TBC', 'IT-2': 'Canceled', 'OPS-1': '🟡 Amber', 'OPS-2': 'not_started', 'SAL-2': 'On-Hold' },
    );
    const stored = readSnapshot(snapshotRows(before))!;
    const details = compareRuns(stored, after).filter((c) => c.change === 'Status change').map((c) => [c.initiativeId, c.reported]);
    expect(details).toEqual([
      // Just "Green" is the name; words that say why follow it.
      ['FIN-1', 'Green → Red "Blocked by vendor"'],
      // A status with no colour is the words as written, never "status not given".
      ['FIN-2', 'Green → "In Progress"'],
      ['IT-1', 'Red → "TBC"'],
      // Another spelling of a colour or state is the source's word: it follows the name.
      ['IT-2', 'Amber "Yellow" → Cancelled "Canceled"'],
      // A symbol beside the name says no more than the name; beside other words, they are quoted as written.
      ['OPS-1', 'Green "🟢 On track" → Amber'],
      ['OPS-2', 'Done → Not started'],
      // Nothing written: "status not given", and only then.
      ['SAL-1', 'Amber "At risk" → status not given'],
      ['SAL-2', 'Green → On hold'],
    ]);
  });

  it('lists a workflow move that has no colour either side ("In Progress" -> "In Review"), not a respelling', () => {
    const fixture = (statuses: Record<string, Status>, texts: Record<string, string>): RunResult => {
      const r = makeFixture({ specs: (specs) => specs.map((s) => (statuses[s.id] !== undefined ? { ...s, status: statuses[s.id]! } : s)) });
      return { ...r, model: { ...r.model, initiatives: r.model.initiatives.map((i) => (texts[i.id] !== undefined ? { ...i, statusText: texts[i.id] } : i)) } };
    };
    const colourless = { 'FIN-1': 'unknown', 'FIN-2': 'unknown', 'IT-1': 'unknown' } as const;
    const before = fixture(colourless, { 'FIN-1': 'In Progress', 'FIN-2': 'In progress', 'IT-1': 'In Review' });
    const after = fixture(colourless, { 'FIN-1': 'In Review', 'FIN-2': 'in_progress', 'IT-1': 'In Review' });
    const stored = readSnapshot(snapshotRows(before))!;
    const moves = compareRuns(stored, after).filter((c) => c.change === 'Status change').map((c) => [c.initiativeId, c.reported, c.detail]);
    // FIN-2 is respelt only ("In progress" / "in_progress"), IT-1 did not move.
    expect(moves).toEqual([['FIN-1', '"In Progress" → "In Review"', 'The reported state moved; neither says a colour.']]);
  });

  it('finds nothing when the run did not change', () => {
    expect(compareRuns(previous, makeFixture())).toEqual([]);
  });

  it('adds the Changes sheet after Summary only when a previous snapshot is given', () => {
    expect(buildReport(current).sheets.map((s) => s.name)).not.toContain('Changes');
    const sheet = buildReport(current, { previous }).sheets[1]!;
    expect(sheet.name).toBe('Changes');
    const show = (c: ReportCell | null): string | number | boolean | null => (c?.value ? c.value.v : null);
    expect(sheetRows(sheet)[1]!.map(show)).toEqual([
      'Since the summary as of 16 Mar 2026: 1 green-to-red surprise, 1 status change, 1 re-plan, 1 slip, 1 new and 1 removed initiatives, 1 new and 1 resolved findings. Days are working days; many changes of one kind are one row.',
    ]);
    expect(sheetRows(sheet)[3]!.map(show)).toEqual(['Change', 'Initiative', 'Name', 'Was', 'Now', 'Reported, as written', 'Detail']);
    expect(sheetRows(sheet)[4]!.map(show)).toEqual(['Green to red', 'FIN-1', 'Chart of accounts redesign', 'Green', 'Red', 'Green (unchanged)', 'Own forecast finish 10 Apr 2026 passes due 27 Mar 2026.']);
    expect(sheetRows(sheet)[4]![0]!.style).toBe('rag-red');
    expect(sheetRows(sheet)[6]!.map((c) => c?.value?.t)).toEqual(['text', 'text', 'text', 'date', 'date', 'text', 'text']);
    // A re-plan says nothing of the reported status: its cell is empty.
    expect(sheetRows(sheet)[6]!.map(show)).toEqual(['Re-planned', 'IT-2', 'Single sign-on', d('2026-04-10'), d('2026-04-24'), '', 'Due date moved 10 working days later in the plan. Forecast finish now 24 Apr 2026 (was 10 Apr 2026).']);
    expect(sheet.tables).toEqual([{ name: 'tlChanges', range: 'A4:G12', style: 'TableStyleLight9', showFilter: true }]);
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
  });

  it('says on the Summary, under the headline, what moved since the previous summary', () => {
    const summary = buildReport(current, { previous }).sheets[0]!;
    expect(sheetRows(summary)[3]![0]).toEqual({
      value: {
        t: 'text',
        v: 'Since the summary as of 16 Mar 2026: 1 green-to-red surprise, 1 status change, 1 re-plan, 1 slip, 1 new and 1 removed initiatives, 1 new and 1 resolved findings.',
      },
      style: 'link',
      link: { kind: 'internal', sheet: 'Changes', address: 'A1', report: true },
    });
    expect(summary.merges).toContain('A4:K4');
    expect(sheetRows(buildReport(current).sheets[0]!)[3]![0]!.value).toEqual({ t: 'text', v: 'No previous summary was given, so there is no comparison with last week (report with --previous to add one).' });
  });
});

describe('Changes against a summary saved before finding keys named related ids', () => {
  // IT-1's one Depends On cell names a link it starts before: its key now ends "|IT-2"; an older summary saved it without.
  const cellAt = { source: WB, sheet: 'IT', address: 'F3' };
  const link = makeFinding('schedule.successor-before-predecessor', 'IT-1 starts before IT-2 finishes.', [cellAt], { initiativeId: 'IT-1', related: ['IT-2'] });
  const withLink = () => makeFixture({ findings: (fs) => [...fs, link] });
  const OLD = `schedule.successor-before-predecessor|IT-1|${WB}!IT!F3`;
  const savedUnder = (key: string) => {
    const snap = takeSnapshot(withLink());
    return { ...snap, findings: snap.findings.map((f) => (f.code === link.code ? { ...f, key } : f)) };
  };
  const findingChanges = (key: string) => compareRuns(savedUnder(key), withLink()).filter((r) => r.change.endsWith('finding')).map((r) => r.change);

  it('matches the finding saved under the older key: neither new nor resolved', () => {
    expect(findingChanges(OLD)).toEqual([]);
  });

  it('still lists a finding whose saved key is another cell as new, and the other as resolved', () => {
    expect(findingChanges(`schedule.successor-before-predecessor|IT-1|${WB}!IT!F4`)).toEqual(['New finding', 'Resolved finding']);
  });
});
