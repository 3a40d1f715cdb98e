import type { CellValue, DateAtStake, Decision, ReportCell, ReportSheet, RunResult, TradeOff } from '../types';
import { a1Range } from '../util/a1';
import { date, displayDate, num, plural, text } from './cells';
import { governanceOf } from './governance';
import { initiativeRows } from './initiative-rows';
import { reportSheetLink } from './links';
import { money, moneyFormatOf } from './money';
import { tableRows } from './rows';
import { makeSheet } from './sheet';
import { REPORT_SHEETS } from './sheet-names';
import { asDay, asText } from './snapshot';

/** The columns; the last three are the user's, read back by the next run (readDecisions). */
const COLUMNS = [
  { header: 'ID', width: 10 },
  { header: 'Initiative', width: 22 },
  { header: 'Owner', width: 14 },
  { header: 'Why it needs a decision', width: 24 },
  { header: 'What slips', width: 40 },
  { header: 'Slip (working days)', width: 10 },
  { header: 'What it takes down', width: 30 },
  { header: 'Budget at stake', width: 12 },
  { header: 'Benefit at stake', width: 12 },
  { header: 'Option: recover', width: 40 },
  { header: 'Option: let slack absorb it', width: 32 },
  { header: 'Option: re-baseline', width: 34 },
  { header: 'Decision', width: 30 },
  { header: 'Decided by', width: 16 },
  { header: 'Decided on', width: 12 },
] as const;

const LISTED = 4;

/**
 * The trade-offs leadership decides: every red item on a KPI's chain or on the critical path
 * to a committed date, what slips and what it takes down, and the options the model computes
 * (recovery in working days that keeps each date, the work whose slack absorbs it, the dates a
 * re-baseline moves). The last three columns are for the decision: the next run reads them back
 * (as waivers are) and writes them again, and a decision whose item needs none any more stays
 * listed at the bottom.
 */
export function buildDecisionsSheet(result: RunResult): ReportSheet {
  const { tradeOffs, settledDecisions, tradeOffsLeftOut } = governanceOf(result);
  const fmt = moneyFormatOf(result);
  const byId = result.model.byId;
  const rowOf = initiativeRows(result);
  const idCell = (id: string): ReportCell => {
    const at = rowOf.get(id);
    return at === undefined ? text(id) : text(id, 'link', { link: reportSheetLink(REPORT_SHEETS.initiatives, `A${at}`) });
  };
  const decisionCells = (d: Decision | undefined): ReportCell[] => [
    text(d?.decision ?? '', 'input'),
    text(d?.by ?? '', 'input'),
    d?.on === undefined && d?.onText !== undefined ? text(d.onText, 'input') : date(d?.on, 'input-date'),
  ];
  const tradeOffRow = (t: TradeOff): ReportCell[] => {
    const i = byId.get(t.initiativeId);
    return [
      idCell(t.initiativeId),
      text(i?.name ?? ''),
      text(i?.owner ?? '', i?.owner ? 'body' : 'muted'),
      text(whyOf(t)),
      text(whatSlips(t)),
      num(t.slipDays),
      text(takesDown(t)),
      money(t.budgetAtStake, fmt),
      money(t.benefitAtStake, fmt),
      text(recoverOption(t)),
      text(absorbOption(t)),
      text(rebaselineOption(t)),
      ...decisionCells(t.decision),
    ];
  };
  const settledRow = (d: Decision): ReportCell[] => {
    const i = byId.get(d.initiativeId);
    const why = i === undefined ? 'No longer in the sources' : 'No longer red on a KPI chain or the critical path';
    return [idCell(d.initiativeId), text(i?.name ?? ''), text(i?.owner ?? ''), text(why, 'muted'), ...Array.from({ length: 8 }, () => text('', 'muted')), ...decisionCells(d)];
  };
  const n = tradeOffs.length + settledDecisions.length;
  const body = (k: number): ReportCell[] => (k < tradeOffs.length ? tradeOffRow(tradeOffs[k]!) : settledRow(settledDecisions[k - tradeOffs.length]!));
  const note =
    n === 0
      ? 'Nothing red lies on a KPI chain or the critical path to a committed date: no trade-off is waiting.'
      : tradeOffsLeftOut > 0
        ? `${plural(tradeOffsLeftOut, 'more red item')} also ${tradeOffsLeftOut === 1 ? 'qualifies' : 'qualify'}; the ${tradeOffs.length} most late are shown.`
        : undefined;
  const header = COLUMNS.map((c) => text(c.header, 'header'));
  const rows = tableRows(header, n + (note !== undefined ? 2 : 0), COLUMNS.length, (k) => (k < n ? body(k) : k === n ? [] : [text(note!, 'muted')]));
  return makeSheet(REPORT_SHEETS.decisions, rows, {
    tabColor: 'C00000',
    columnWidths: COLUMNS.map((c) => c.width),
    // Three lines for the narrow headers ("Slip (working days)").
    rowHeights: { 0: 42 },
    freeze: { rows: 1, cols: 1 },
    // Fifteen wide text columns: on one page they print at under half size; on two, with the
    // item's ID and name repeated, at about three quarters.
    print: { orientation: 'landscape', fitToWidth: true, pagesWide: 2, repeatCols: 2 },
    tables: n === 0 ? [] : [{ name: 'tlDecisions', range: a1Range(0, 0, n, COLUMNS.length - 1), style: 'TableStyleLight9', showFilter: true }],
  });
}

function whyOf(t: TradeOff): string {
  const parts: string[] = [];
  if (t.onKpiChain) parts.push(t.kpis.length > 0 ? `Feeds ${t.kpis.join(', ')}` : 'Feeds a KPI');
  if (t.onCriticalPath) parts.push('on the critical path to a committed date');
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function dateName(d: DateAtStake, own: string): string {
  const whose = d.initiativeId === own ? 'its' : `${d.initiativeId}'s`;
  return `${whose} ${d.kind === 'due' ? 'due date' : 'deadline'} ${displayDate(d.date)}`;
}

function listed(items: readonly string[]): string {
  return items.length <= LISTED ? items.join('; ') : `${items.slice(0, LISTED).join('; ')} and ${items.length - LISTED} more`;
}

function whatSlips(t: TradeOff): string {
  const finish = t.forecastFinish !== undefined ? `Forecast to finish ${displayDate(t.forecastFinish)}` : 'No forecast';
  const own = t.slipDays > 0 && t.due !== undefined ? `, ${plural(t.slipDays, 'working day')} past its due date ${displayDate(t.due)}` : '';
  const others = t.dates.filter((d) => d.slipDays > 0 && d.initiativeId !== t.initiativeId);
  const breaks = others.length > 0 ? `. Breaks ${listed(others.map((d) => `${dateName(d, t.initiativeId)} (${plural(d.slipDays, 'day')} late)`))}` : '';
  return `${finish}${own}${breaks}.`;
}

function takesDown(t: TradeOff): string {
  const parts = [
    t.kpis.length > 0 ? `KPIs ${t.kpis.join(', ')}` : 'no KPI',
    t.pillars.length > 0 ? `pillars ${t.pillars.join(', ')}` : undefined,
    t.drives > 0 ? `${plural(t.drives, 'open initiative')} downstream` : 'nothing downstream',
  ].filter((p): p is string => p !== undefined);
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function recoverOption(t: TradeOff): string {
  const broken = t.dates.filter((d) => d.slipDays > 0);
  if (broken.length === 0) return 'No committed date is broken by its forecast: it is red for another reason (see Findings).';
  if (t.recoveryDays !== undefined) {
    return `Finish ${plural(t.recoveryDays, 'working day')} earlier: keeps ${broken.length === 1 ? 'the date' : `all ${broken.length} dates`} (it can gain at most ${t.maxRecoveryDays}).`;
  }
  const kept = broken.filter((d) => d.recoveryDays !== undefined);
  const lost = broken.filter((d) => d.recoveryDays === undefined);
  const lostText = `recovering it alone cannot keep ${listed(lost.map((d) => dateName(d, t.initiativeId)))}${t.maxRecoveryDays === 0 ? ' (it cannot finish any earlier)' : ' (other work holds it late, or it cannot finish that early)'}`;
  if (kept.length === 0) return `${lostText.charAt(0).toUpperCase()}${lostText.slice(1)}.`;
  const most = Math.max(...kept.map((d) => d.recoveryDays!));
  return `Finish ${plural(most, 'working day')} earlier: keeps ${listed(kept.map((d) => dateName(d, t.initiativeId)))}; ${lostText}.`;
}

function absorbOption(t: TradeOff): string {
  const holding = t.dates.filter((d) => d.slipDays === 0 && d.initiativeId !== t.initiativeId);
  if (holding.length === 0) return t.drives === 0 ? 'Nothing waits on it.' : 'No downstream date has slack left to absorb it.';
  return `Held by slack: ${listed(holding.map((d) => `${dateName(d, t.initiativeId)} (${d.spareDays === 0 ? 'no day' : `${plural(d.spareDays, 'more day')}`} to spare)`))}.`;
}

function rebaselineOption(t: TradeOff): string {
  const broken = t.dates.filter((d) => d.slipDays > 0);
  if (broken.length === 0) return 'No date to move.';
  return `Move ${listed(broken.map((d) => `${dateName(d, t.initiativeId)} to ${displayDate(d.forecastFinish)}`))}.`;
}

/**
 * Whether a row holds an ID and a Decision cell. Only the cells a row holds are looked at (`for
 * in` walks a sparse row's entries): a hostile sheet's rows reaching XFD cost their cells, not
 * 16,384 slots each.
 */
function isDecisionsHeader(row: readonly CellValue[]): boolean {
  let id = false;
  let decision = false;
  for (const k in row) {
    const v = row[k as unknown as number];
    if (typeof v !== 'string') continue;
    const t = v.trim().toLowerCase();
    if (t === 'id') id = true;
    else if (t === 'decision') decision = true;
    if (id && decision) return true;
  }
  return false;
}

/**
 * The decisions a Decisions sheet holds, as the user left it: the header row (the first with an
 * ID and a Decision column, wherever the user moved them), then every row with an ID and a
 * decision. Decided on is read as a date when it is one (a date cell, a serial, ISO text), else
 * kept as written.
 */
export function readDecisions(rows: readonly (readonly CellValue[])[]): Decision[] {
  const norm = (v: CellValue | undefined) => asText(v).trim().toLowerCase();
  const headerAt = rows.findIndex(isDecisionsHeader);
  if (headerAt < 0) return [];
  const head = rows[headerAt]!;
  const col = (name: string) => head.findIndex((v) => norm(v) === name);
  const [idCol, decisionCol, byCol, onCol] = [col('id'), col('decision'), col('decided by'), col('decided on')];
  const out: Decision[] = [];
  const seen = new Set<string>();
  for (const r of rows.slice(headerAt + 1)) {
    const initiativeId = asText(r[idCol]).trim();
    const decision = asText(r[decisionCol]).trim();
    if (initiativeId === '' || decision === '' || seen.has(initiativeId)) continue;
    seen.add(initiativeId);
    const by = byCol >= 0 ? asText(r[byCol]).trim() : '';
    const on = onCol >= 0 ? asDay(r[onCol]) : undefined;
    // A date written in some other way is kept as written, never dropped.
    const onText = onCol >= 0 && on === undefined ? asText(r[onCol]).trim() : '';
    out.push({ initiativeId, decision, ...(by !== '' ? { by } : {}), ...(on !== undefined ? { on } : {}), ...(onText !== '' ? { onText } : {}) });
  }
  return out;
}
