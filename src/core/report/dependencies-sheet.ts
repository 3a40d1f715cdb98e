import type { ConditionalFormat, Initiative, InitiativeAnalysis, ReportCell, ReportSheet, RunResult } from '../types';
import { a1Range } from '../util/a1';
import { date, num, RAG_TEXT_STYLES, statusCell, text, yesNo } from './cells';
import { makeCellLinker, type SourcePaths } from './links';
import { indexesOf } from '../rules/indexes';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';

const COLUMNS = [
  { header: 'Predecessor', width: 12 },
  { header: 'Predecessor name', width: 28 },
  { header: 'Predecessor department', width: 15 },
  { header: 'Successor', width: 12 },
  { header: 'Successor name', width: 28 },
  { header: 'Successor department', width: 15 },
  { header: 'Link', width: 6 },
  { header: 'Lag (working days)', width: 9 },
  { header: 'Needed by', width: 12 },
  { header: 'Predecessor effective', width: 12 },
  { header: 'Predecessor forecast finish', width: 13 },
  { header: 'Successor start', width: 12 },
  { header: 'Cross-department', width: 11 },
  { header: 'Critical link', width: 9 },
  { header: 'In a cycle', width: 8 },
  { header: 'Defined in', width: 34 },
] as const;

/** Every dependency (predecessor -> successor) with the state of both ends. */
export function buildDependenciesSheet(result: RunResult, paths: SourcePaths = {}): ReportSheet {
  const { byId } = result.model;
  const an = result.analysis.byId;
  const texts = new Map<string, ReportCell>();
  const shared = (v: string): ReportCell => {
    let cell = texts.get(v);
    if (!cell) texts.set(v, (cell = text(v)));
    return cell;
  };
  // Each initiative ends ~2 links a side: its id, name and department cells are built once and shared.
  // Ends found by position (the rules stage's lookups, memoised on the model), not by id text.
  const { fromAt, toAt } = indexesOf(result.model);
  const endsAt: (End | undefined)[] = new Array<End | undefined>(result.model.initiatives.length);
  const ends = new Map<string, End>();
  const endOf = (id: string, at: number): End => {
    let e = at >= 0 ? endsAt[at] : ends.get(id);
    if (!e) {
      const i = byId.get(id);
      e = {
        i,
        a: an.get(id),
        id: text(id),
        name: text(i?.name ?? '(not defined)', i ? 'body' : 'muted'),
        department: shared(i?.department ?? ''),
      };
      if (at >= 0) endsAt[at] = e;
      else ends.set(id, e);
    }
    return e;
  };
  const deps = result.model.dependencies;
  const linker = makeCellLinker(result, paths);
  const rows: ReportCell[][] = [COLUMNS.map((c) => text(c.header, 'header'))];
  for (let k = 0; k < deps.length; k++) {
    const d = deps[k]!;
    const f = endOf(d.from, fromAt[k]!);
    const t = endOf(d.to, toAt[k]!);
    const from = f.i;
    const to = t.i;
    const fa = f.a;
    const ta = t.a;
    const cross = from?.department !== undefined && to?.department !== undefined && from.department !== to.department;
    rows.push([
      f.id,
      f.name,
      f.department,
      t.id,
      t.name,
      t.department,
      shared(d.type),
      num(d.lagDays),
      date(d.neededBy),
      from ? statusCell(fa?.effectiveStatus ?? from.status) : text(''),
      date(fa?.forecastFinish),
      date(ta?.forecastStart ?? to?.start),
      yesNo(cross),
      yesNo((fa?.critical ?? false) && (ta?.critical ?? false)),
      yesNo((fa?.inCycle ?? false) && (ta?.inCycle ?? false)),
      text(linker.describe(d.cell), 'link', { link: linker.link(d.cell) }),
    ]);
  }
  const n = rows.length - 1;
  const cfs: ConditionalFormat[] =
    n === 0 ? [] : RAG_TEXT_STYLES.map((r) => ({ kind: 'text-equals', range: `J2:J${n + 1}`, text: r.text, style: r.style }));
  return makeSheet(REPORT_SHEETS.dependencies, rows, {
    tabColor: '7030A0',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: 30 },
    freeze: { rows: 1, cols: 1 },
    tables: n === 0 ? [] : [{ name: 'tlDependencies', range: a1Range(0, 0, n, COLUMNS.length - 1), style: 'TableStyleLight9', showFilter: true }],
    conditionalFormats: cfs,
  });
}

/** One end of a link: the initiative (if defined), its analysis and its shared cells. */
interface End {
  readonly i: Initiative | undefined;
  readonly a: InitiativeAnalysis | undefined;
  readonly id: ReportCell;
  readonly name: ReportCell;
  readonly department: ReportCell;
}
