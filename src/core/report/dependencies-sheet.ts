import type { CellRef, ConditionalFormat, ReportCell, ReportSheet, RunResult } from '../types';
import { a1Range } from '../util/a1';
import { date, num, RAG_TEXT_STYLES, statusCell, text, yesNo } from './cells';
import { makeCellLinker, type SourcePaths } from './links';
import { CONTRACT_LABELS, contractsOf, type Contract } from '../rules/contracts';
import { indexesOf } from '../rules/indexes';
import { tableRows } from './rows';
import { factsOf } from './run-facts';
import { headerRowHeight, makeSheet } from './sheet';
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
  { header: 'Contract', width: 13 },
  { header: 'Contract note', width: 30 },
  { header: 'Agreed', width: 8 },
  { header: 'Agreement recorded in', width: 34 },
] as const;

/** Where the provider said yes: its register row's Agreed (Accepted by, Agreed date) cell, else the item of its Provides to that names the consumer. */
function agreementAt(c: Contract): { readonly where: string; readonly cell: CellRef } | undefined {
  const r = c.record;
  if ((c.agreedIn === 'register' || c.agreedIn === 'both') && r) {
    const cell = r.cells.agreed ?? r.cells.acceptedBy ?? r.cells.agreedDate;
    if (cell) return { where: 'dependency register', cell };
  }
  if ((c.agreedIn === 'provider' || c.agreedIn === 'both') && c.delivery) return { where: "provider's Provides to", cell: c.delivery.cell };
  return undefined;
}

/**
 * Every dependency (predecessor -> successor) with the state of both ends. Rows are made as a
 * writer asks for them (see ReportRows): the build keeps no cells.
 */
export function buildDependenciesSheet(result: RunResult, paths: SourcePaths = new Map()): ReportSheet {
  const { byId, initiatives } = result.model;
  const an = result.analysis.byId;
  const { analysisAt } = factsOf(result);
  const texts = new Map<string, ReportCell>();
  const shared = (v: string): ReportCell => {
    let cell = texts.get(v);
    if (!cell) texts.set(v, (cell = text(v)));
    return cell;
  };
  // Ends found by position (the rules stage's lookups, memoised on the model), not by id text.
  const { fromAt, toAt } = indexesOf(result.model);
  const deps = result.model.dependencies;
  const linker = makeCellLinker(result, paths);
  const contracts = contractsOf(result.model, result.analysis, result.options);
  const row = (k: number): ReportCell[] => {
    const d = deps[k]!;
    const fromIndex = fromAt[k]!;
    const toIndex = toAt[k]!;
    const from = fromIndex >= 0 ? initiatives[fromIndex] : byId.get(d.from);
    const to = toIndex >= 0 ? initiatives[toIndex] : byId.get(d.to);
    const fa = fromIndex >= 0 ? analysisAt[fromIndex] : an.get(d.from);
    const ta = toIndex >= 0 ? analysisAt[toIndex] : an.get(d.to);
    const c = contracts[k]!;
    const at = agreementAt(c);
    const cross = from?.department !== undefined && to?.department !== undefined && from.department !== to.department;
    return [
      text(d.from),
      text(from?.name ?? '(not defined)', from ? 'body' : 'muted'),
      shared(from?.department ?? ''),
      text(d.to),
      text(to?.name ?? '(not defined)', to ? 'body' : 'muted'),
      shared(to?.department ?? ''),
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
      shared(CONTRACT_LABELS[c.state]),
      text(c.reason, 'muted'),
      // Within one department there is no contract; with no column where the provider could agree, that is not given, not "No".
      c.state === 'internal' ? text('') : c.state === 'not-recorded' ? text('not given', 'muted') : yesNo(c.agreedIn !== undefined),
      at === undefined ? text('') : text(`${at.where}: ${linker.describe(at.cell)}`, 'link', { link: linker.link(at.cell) }),
    ];
  };
  const n = deps.length;
  const rows = tableRows(COLUMNS.map((c) => text(c.header, 'header')), n, COLUMNS.length, row);
  const cfs: ConditionalFormat[] =
    n === 0 ? [] : RAG_TEXT_STYLES.map((r) => ({ kind: 'text-equals', range: `J2:J${n + 1}`, text: r.text, style: r.style }));
  return makeSheet(REPORT_SHEETS.dependencies, rows, {
    tabColor: '7030A0',
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights: { 0: headerRowHeight(COLUMNS.map((c) => text(c.header, 'header')), COLUMNS.map((c) => c.width), 30) },
    freeze: { rows: 1, cols: 1 },
    tables: n === 0 ? [] : [{ name: 'tlDependencies', range: a1Range(0, 0, n, COLUMNS.length - 1), style: 'TableStyleLight9', showFilter: true }],
    conditionalFormats: cfs,
  });
}
