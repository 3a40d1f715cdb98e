import type { GanttStyle, GanttTone, StyleName, StyleSpec } from '../types';

/**
 * The report's look in one table: every writer (the .xlsx file writer, the Office adapter) renders these specs.
 * Colours are hex RRGGBB; RAG fills are soft so black text stays readable when printed.
 */
const NAVY = '1F3864';
const INK = '262626';
const GREY = '595959';
const RULE = 'BFBFBF';

/** Bar fills by effective status, the part done a darker shade of it (light enough to print). */
const GANTT_FILLS: Record<GanttTone, readonly [string, string]> = {
  red: ['F4A6A6', 'C0504D'],
  amber: ['FFD591', 'E69138'],
  green: ['B6D7A8', '6AA84F'],
  done: ['C9DAF8', '6D9EEB'],
  grey: ['E0E0E0', 'A6A6A6'],
};

/** A chart's series by status tone (Departments' effective status by department): the Timeline's bar colours, so Green is never drawn blue. */
export const TONE_COLOURS: Readonly<Record<GanttTone, string>> = {
  red: GANTT_FILLS.red[1],
  amber: GANTT_FILLS.amber[1],
  green: GANTT_FILLS.green[1],
  done: GANTT_FILLS.done[1],
  grey: GANTT_FILLS.grey[1],
};

/**
 * Each bar cell: its fill, a white bottom border so rows stand apart (navy on the critical path:
 * marked without taking a status colour), and a centred navy glyph for the today line and
 * milestones drawn over it.
 */
function ganttStyles(): Record<GanttStyle, StyleSpec> {
  const out = {} as Record<GanttStyle, StyleSpec>;
  for (const tone of Object.keys(GANTT_FILLS) as GanttTone[]) {
    for (const progress of ['', '-progress'] as const) {
      for (const critical of ['', '-critical'] as const) {
        out[`gantt-${tone}${progress}${critical}`] = {
          fill: GANTT_FILLS[tone][progress ? 1 : 0],
          color: NAVY,
          bold: true,
          hAlign: 'center',
          vAlign: 'middle',
          borderBottom: critical ? NAVY : 'FFFFFF',
        };
      }
    }
  }
  return out;
}

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 18, color: NAVY, vAlign: 'middle' },
  subtitle: { size: 10, color: GREY, italic: true, vAlign: 'middle' },
  headline: { size: 13, color: NAVY, wrap: true, vAlign: 'top', fill: 'EEF3FA' },
  header: { bold: true, color: 'FFFFFF', fill: NAVY, vAlign: 'middle', wrap: true, borderBottom: NAVY },
  label: { bold: true, size: 12, color: NAVY, borderBottom: NAVY, vAlign: 'bottom' },
  body: { color: INK, vAlign: 'top', wrap: true, borderBottom: 'E7E6E6' },
  muted: { color: GREY, italic: true, vAlign: 'top', wrap: true },
  link: { color: '0563C1', underline: true, vAlign: 'top', wrap: true },
  'callout-link': { bold: true, size: 11, color: '0563C1', underline: true, vAlign: 'middle' },
  'link-small': { size: 8, color: '0563C1', underline: true, vAlign: 'top', borderBottom: 'E7E6E6' },
  date: { color: INK, numFmt: 'd mmm yyyy', hAlign: 'right', vAlign: 'top', borderBottom: 'E7E6E6' },
  percent: { color: INK, numFmt: '0%', hAlign: 'right', vAlign: 'top', borderBottom: 'E7E6E6' },
  number: { color: INK, numFmt: '#,##0.0', hAlign: 'right', vAlign: 'top', borderBottom: 'E7E6E6' },
  money: { color: INK, numFmt: '#,##0', hAlign: 'right', vAlign: 'top', borderBottom: 'E7E6E6' },
  integer: { color: INK, numFmt: '0', hAlign: 'center', vAlign: 'top', borderBottom: 'E7E6E6' },
  'rag-green': { bold: true, color: '006100', fill: 'C6EFCE', hAlign: 'center', vAlign: 'top' },
  'rag-amber': { bold: true, color: '7F6000', fill: 'FFEB9C', hAlign: 'center', vAlign: 'top' },
  'rag-red': { bold: true, color: '9C0006', fill: 'FFC7CE', hAlign: 'center', vAlign: 'top' },
  'rag-done': { bold: true, color: '1F4E79', fill: 'DDEBF7', hAlign: 'center', vAlign: 'top' },
  'rag-grey': { color: GREY, fill: 'EDEDED', hAlign: 'center', vAlign: 'top' },
  'severity-error': { bold: true, color: 'FFFFFF', fill: 'C00000', hAlign: 'center', vAlign: 'top' },
  'severity-warning': { bold: true, color: '7F6000', fill: 'FFD966', hAlign: 'center', vAlign: 'top' },
  'severity-info': { color: '1F4E79', fill: 'DDEBF7', hAlign: 'center', vAlign: 'top' },
  'gantt-slip': { fill: 'F4B183', color: NAVY, bold: true, hAlign: 'center', vAlign: 'middle', borderBottom: 'FFFFFF' },
  'gantt-today': { fill: 'FFD966', borderBottom: RULE },
  'tile-value': { bold: true, size: 20, color: NAVY, fill: 'EEF3FA', hAlign: 'center', vAlign: 'middle' },
  'tile-value-red': { bold: true, size: 20, color: '9C0006', fill: 'FFC7CE', hAlign: 'center', vAlign: 'middle' },
  'tile-value-amber': { bold: true, size: 20, color: '7F6000', fill: 'FFEB9C', hAlign: 'center', vAlign: 'middle' },
  'tile-value-green': { bold: true, size: 20, color: '006100', fill: 'C6EFCE', hAlign: 'center', vAlign: 'middle' },
  'tile-label': { size: 9, color: GREY, fill: 'F2F2F2', hAlign: 'center', vAlign: 'top', wrap: true },
  // Cells the user fills in and the next run reads back (Decisions).
  input: { color: INK, fill: 'FFF7D6', vAlign: 'top', wrap: true, borderBottom: 'E7E6E6' },
  'input-date': { color: INK, fill: 'FFF7D6', numFmt: 'd mmm yyyy', hAlign: 'right', vAlign: 'top', borderBottom: 'E7E6E6' },
  ...ganttStyles(),
  'gantt-group': { bold: true, color: NAVY, fill: 'EEF3FA', vAlign: 'middle' },
  'heat-0': { color: GREY, hAlign: 'center' },
  'heat-1': { fill: 'FCE4D6', hAlign: 'center', color: INK },
  'heat-2': { fill: 'F8CBAD', hAlign: 'center', color: INK },
  'heat-3': { fill: 'F4B084', hAlign: 'center', color: INK, bold: true },
  'heat-4': { fill: 'C65911', hAlign: 'center', color: 'FFFFFF', bold: true },
};

