/**
 * Writes assets/samples/*.xlsx: six departmental workbooks of the sample programme
 * (scripts/samples/programme.ts), each in its department's own style. Deterministic bytes:
 * fixed document dates and fixed zip entry dates, so regenerating changes nothing unless the data does.
 *
 *   npm run samples:generate
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { dateFromDay, dayFromIso, serialFromDay } from '../src/core/util/days';
import {
  ACTUARIAL,
  COST_REGISTER,
  CS_TRACKED_IT_06,
  CUSTOMER_SUPPORT,
  SITE_RAG,
  SITE_WEEKS,
  AGENCY,
  AGENCY_TITLE,
  AGENCY_WEEKS,
  ENGINEERING,
  FINANCE,
  IT,
  KPIS,
  MARKETING,
  MARKETING_ROW_WITHOUT_ID,
  REGISTER,
  VENDOR_MILESTONES,
  VENDOR_MILESTONE_BELOW_TABLE,
  type SampleInitiative,
  type SampleMilestone,
  type SampleStatus,
} from './samples/programme';

/** Document and zip-entry timestamp of every sample file. */
const FIXED_TIME = new Date(Date.UTC(2026, 10, 13, 17, 0, 0));
const SAMPLES_DIR = path.join(__dirname, '..', 'assets', 'samples');

type Value = string | number | Date | { error: string } | null;
interface Cell {
  readonly v: Value;
  readonly fmt?: string;
  /** A solid fill (RGB hex): a RAG status kept as the cell's colour. */
  readonly fill?: string;
  /** Struck through (the font's strikethrough). */
  readonly strike?: true;
}
const cell = (v: Value, fmt?: string): Cell => (fmt === undefined ? { v } : { v, fmt });

interface Block {
  /** 1-based sheet row of the title; the header row follows the notes and one blank row. */
  readonly top: number;
  /** 1-based sheet column of the first column. */
  readonly left: number;
  readonly title: string;
  readonly notes: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly widths: readonly number[];
  /** Header fill, the department's colour (ARGB without alpha). */
  readonly colour: string;
  /** Write the block as an Excel table (ListObject) with this name. */
  readonly tableName?: string;
  /** Rows typed on the sheet right under the Excel table, outside its range. */
  readonly belowTable?: readonly (readonly Cell[])[];
}

// ---------------------------------------------------------------- value styles

function iso(d: string): number | undefined {
  return dayFromIso(d);
}

/** A real date cell; a non-ISO string (a planted bad value) is written as typed. */
function realDate(d: string | undefined, fmt: string): Cell {
  if (d === undefined) return cell(null);
  const day = iso(d);
  return day === undefined ? cell(d) : cell(dateFromDay(day), fmt);
}

/** An Excel serial in General format, as pasted from another system. */
function serialDate(d: string | undefined): Cell {
  if (d === undefined) return cell(null);
  const day = iso(d);
  return day === undefined ? cell(d) : cell(serialFromDay(day));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Text dates: "3 Aug 2026" (long) or "15/04/2026" (dmy). */
function textDate(d: string | undefined, style: 'long' | 'dmy' | 'iso'): Cell {
  if (d === undefined) return cell(null);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return cell(d);
  const [, y, mo, da] = m;
  if (style === 'iso') return cell(d);
  if (style === 'long') return cell(`${Number(da)} ${MONTHS[Number(mo) - 1]} ${y}`);
  return cell(`${da}/${mo}/${y}`);
}

type StatusWords = Record<SampleStatus, string>;
const ENG_STATUS: StatusWords = { green: 'Green', amber: 'Amber', red: 'Red', done: 'Complete', 'not-started': 'Not started', cancelled: 'Cancelled', blank: '' };
const ACT_STATUS: StatusWords = { green: 'G', amber: 'A', red: 'R', done: 'Done', 'not-started': 'Not started', cancelled: 'Cancelled', blank: '' };
const CS_STATUS: StatusWords = { green: '🟢', amber: '🟡', red: '🔴', done: 'Complete', 'not-started': 'Not started', cancelled: 'Cancelled', blank: '' };
const MKT_STATUS: StatusWords = { green: 'On track', amber: 'At risk', red: 'Off track', done: 'Complete', 'not-started': 'Not started', cancelled: 'Cancelled', blank: '' };
const IT_STATUS: StatusWords = { green: 'Green', amber: 'Amber', red: 'Red', done: 'Done', 'not-started': 'Not Started', cancelled: 'Cancelled', blank: '' };
const FIN_STATUS: StatusWords = { green: 'Green', amber: 'Amber', red: 'Red', done: 'Closed', 'not-started': 'Not started', cancelled: 'Cancelled', blank: '' };

/** The status cell: its words, and the initiative's fill colour when it has one (left empty when `colourOnly`). */
function status(words: StatusWords, s: SampleStatus, i?: Pick<SampleInitiative, 'statusFill' | 'colourOnly'>): Cell {
  const w = i?.colourOnly ? '' : words[s];
  const base = cell(w === '' ? null : w);
  return i?.statusFill === undefined ? base : { ...base, fill: i.statusFill };
}

function text(v: string | undefined): Cell {
  return cell(v === undefined || v === '' ? null : v);
}

function percent(p: number | undefined, style: 'fraction' | 'formatted' | 'hundred' | 'text'): Cell {
  if (p === undefined) return cell(null);
  if (style === 'formatted') return cell(p, '0%');
  if (style === 'fraction') return cell(p);
  if (style === 'hundred') return cell(Math.round(p * 100));
  return cell(`${Math.round(p * 100)}%`);
}

const MONEY = '£#,##0';

// ---------------------------------------------------------------- departments

function engineering(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Clearwater claims platform: Engineering roadmap',
      notes: ['Owner: Priya Raman, Head of Engineering. Health is reviewed every Friday at the delivery stand-up.'],
      headers: ['Ref', 'Initiative', 'Team', 'Lead', 'Health', 'Start Date', 'Target Date', '% Complete', 'Depends On', 'Last Updated', 'Jira Epic'],
      rows: ENGINEERING.map((i) => [
        text(i.id),
        text(i.name),
        text(i.department),
        text(i.owner),
        status(ENG_STATUS, i.status, i),
        realDate(i.start, 'd-mmm-yy'),
        realDate(i.due, 'd-mmm-yy'),
        percent(i.percent, 'formatted'),
        text(i.dependsOn),
        realDate(i.updated, 'd-mmm-yy'),
        text(i.extra),
      ]),
      widths: [9, 42, 13, 15, 10, 12, 12, 12, 26, 13, 11],
      colour: '1F4E79',
      tableName: 'EngineeringRoadmap',
    },
  ];
}

function actuarial(): Block[] {
  return [
    {
      top: 1,
      left: 2,
      title: 'Actuarial workplan: Clearwater automated claims',
      notes: ['Dates pasted from the planning system (serial numbers). Progress in percent. RAG: G / A / R.'],
      headers: ['Key', 'Project', 'Function', 'Accountable', 'RAG', 'Planned Start', 'Deadline', 'Progress', 'Predecessors', 'Status Date', 'Comments', 'Feeds', 'Duration'],
      rows: ACTUARIAL.map((i) => [
        text(i.id),
        text(i.name),
        text(i.department),
        text(i.owner),
        status(ACT_STATUS, i.status, i),
        serialDate(i.start),
        serialDate(i.dueNotWritten ? undefined : i.due),
        percent(i.percent, 'hundred'),
        text(i.dependsOn),
        serialDate(i.updated),
        text(i.extra),
        text(i.feeds),
        text(i.duration),
      ]),
      widths: [9, 40, 11, 15, 6, 13, 10, 9, 26, 11, 34, 24, 10],
      colour: '5B2C6F',
    },
  ];
}

function customerSupportRow(i: SampleInitiative): Cell[] {
  return [
    text(i.id),
    text(i.name),
    text(i.department),
    text(i.owner),
    status(CS_STATUS, i.status),
    textDate(i.start, 'long'),
    textDate(i.due, 'long'),
    percent(i.percent, 'text'),
    text(i.dependsOn),
    textDate(i.updated, 'long'),
    text(i.extra),
  ];
}

function customerSupport(): Block[] {
  const cs07 = CUSTOMER_SUPPORT[6]!;
  return [
    {
      top: 1,
      left: 1,
      title: 'Customer Support: claims readiness tracker',
      notes: ['Maintained by the CS PMO. 🟢 on track, 🟡 at risk, 🔴 off track. IT items we depend on are tracked at the bottom.'],
      headers: ['Project ID', 'Title', 'Business Unit', 'Owner', 'Health', 'Start', 'Due', '% Complete', 'Blocked By', 'Updated', 'Site'],
      rows: [
        ...CUSTOMER_SUPPORT.map(customerSupportRow),
        // PLANT id.duplicate: CS-07 pasted twice.
        customerSupportRow(cs07),
        customerSupportRow(CS_TRACKED_IT_06),
      ],
      widths: [11, 44, 17, 15, 8, 13, 13, 12, 16, 13, 14],
      colour: '0E6655',
    },
  ];
}

/** The sites' weekly RAG log (SITE_RAG): a rating per week ending, headed "w/e dd/mm/yyyy". */
function siteRag(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Contact centre sites: weekly RAG',
      notes: ['Each site lead rates the week on Friday.'],
      headers: ['Ref', 'Site workstream', 'Site Lead', 'Go-live', 'Blocked By', ...SITE_WEEKS.map((w) => `w/e ${w.slice(8, 10)}/${w.slice(5, 7)}/${w.slice(0, 4)}`)],
      rows: SITE_RAG.map((i) => [text(i.id), text(i.name), text(i.owner), textDate(i.due, 'long'), text(i.dependsOn), ...i.ratings.map((r) => text(r))]),
      widths: [8, 40, 16, 13, 12, ...SITE_WEEKS.map(() => 13)],
      colour: '0E6655',
    },
  ];
}

function agency(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: AGENCY_TITLE,
      notes: ['Deliverables owed to Marketing under the launch statement of work.'],
      // The weeks as the agency types them (dd/mm/yyyy text), each job's weeks shaded from its start to its due.
      headers: ['Job #', 'Deliverable', 'Account Lead', 'RAG', 'Due', 'Depends On', ...AGENCY_WEEKS.map((w) => `${w.slice(8, 10)}/${w.slice(5, 7)}/${w.slice(0, 4)}`)],
      rows: AGENCY.map((i) => [
        text(i.id),
        text(i.name),
        text(i.owner),
        status(MKT_STATUS, i.status),
        textDate(i.due, 'iso'),
        text(i.dependsOn),
        ...AGENCY_WEEKS.map((w) => (w >= i.start && w <= i.due ? { v: null, fill: 'F5B041' } : cell(null))),
      ]),
      widths: [9, 40, 16, 10, 12, 12, ...AGENCY_WEEKS.map(() => 11)],
      colour: 'A04000',
    },
  ];
}

/** A row's cells struck through where the initiative is (SampleInitiative.struck). */
function struckIf(i: SampleInitiative, cells: Cell[]): Cell[] {
  return i.struck ? cells.map((c) => ({ ...c, strike: true as const })) : cells;
}

function marketing(): Block[] {
  const x = MARKETING_ROW_WITHOUT_ID;
  const row = (i: SampleInitiative): Cell[] => struckIf(i, [
    text(i.id),
    text(i.name),
    text(i.department),
    text(i.owner),
    status(MKT_STATUS, i.status),
    textDate(i.start, 'iso'),
    textDate(i.due, 'iso'),
    percent(i.percent, 'fraction'),
    text(i.dependsOn),
    realDate(i.updated, 'dd mmm yyyy'),
    text(i.kpi),
    text(i.extra),
  ]);
  return [
    {
      top: 1,
      left: 1,
      title: 'Marketing launch plan: fast-track claims',
      notes: ['Go-live dates as agreed with the programme board (yyyy-mm-dd).', 'Status: On track / At risk / Off track. KPI refers to the benefits KPIs kept by Finance.'],
      headers: ['#', 'Name', 'Dept', 'PM', 'Status', 'Begin', 'Go-Live', 'Percent Done', 'Dependencies', 'As Of', 'KPI', 'Channel'],
      rows: [
        ...MARKETING.map(row),
        [
          cell(null),
          text(x.name),
          text('Marketing'),
          text(x.owner),
          status(MKT_STATUS, x.status),
          textDate(x.start, 'iso'),
          textDate(x.due, 'iso'),
          percent(x.percent, 'fraction'),
          cell(null),
          realDate(x.updated, 'dd mmm yyyy'),
          cell(null),
          text(x.extra),
        ],
      ],
      widths: [9, 40, 11, 15, 11, 12, 12, 13, 18, 13, 7, 10],
      colour: 'B03A2E',
    },
  ];
}

function it(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'IT delivery plan: claims platform',
      notes: ['Dates dd/mm/yyyy. Change tickets refer to ServiceNow.'],
      headers: ['ID', 'Description', 'Department', 'Responsible', 'Status', 'Start', 'End', '% Complete', 'Upstream', 'Last Updated', 'Change Ticket'],
      rows: IT.map((i) => [
        text(i.id),
        text(i.name),
        text(i.department),
        text(i.owner),
        status(IT_STATUS, i.status),
        // Real dates under Start, text under End (pasted from the supplier's plan): a text start reads two ways.
        realDate(i.start, 'dd/mm/yyyy'),
        textDate(i.due, 'dmy'),
        percent(i.percent, 'hundred'),
        text(i.dependsOn),
        realDate(i.updated, 'dd/mm/yyyy'),
        text(i.extra),
      ]),
      widths: [8, 44, 12, 16, 12, 12, 18, 12, 30, 13, 14],
      colour: '283747',
    },
  ];
}

function itRegister(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Cross-team dependency register',
      notes: ['From = the work that must happen first. Lag in working days.'],
      headers: ['From', 'To', 'Type', 'Lag', 'Needed By', 'Note', 'Accepted By', 'Agreed Date'],
      rows: REGISTER.map((r) => [text(r.from), text(r.to), text(r.type), cell(r.lag), textDate(r.neededBy, 'dmy'), text(r.note), text(r.acceptedBy), textDate(r.agreedDate, 'dmy')]),
      widths: [9, 9, 7, 6, 12, 48, 16, 12],
      colour: '283747',
    },
  ];
}

function vendorMilestoneRow(m: SampleMilestone): Cell[] {
  return [text(m.name), text(m.supplier), text(m.owner), text(m.stage), m.dueWritten !== undefined ? text(m.dueWritten) : realDate(m.due, 'dd/mm/yyyy'), cell(m.percent), text(m.dependsOn), text(m.contractValue)];
}

function vendorMilestones(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Supplier milestones: claims platform',
      notes: ['Pasted from the suppliers\' monthly reports; status as each supplier words it.'],
      headers: ['Milestone', 'Supplier', 'Owner', 'Status', 'Contractual Date', '% Complete', 'Depends On', 'Contract Value'],
      rows: VENDOR_MILESTONES.map(vendorMilestoneRow),
      belowTable: [vendorMilestoneRow(VENDOR_MILESTONE_BELOW_TABLE)],
      widths: [36, 14, 16, 12, 16, 12, 32, 14],
      colour: '283747',
      tableName: 'VendorMilestones',
    },
  ];
}

function finance(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Finance: Clearwater initiatives and costs',
      notes: ['Budgets as approved by the Investment Committee, 14 May 2026. EAC from the ledger extract.'],
      headers: ['Initiative ID', 'Initiative', 'Function', 'Owner', 'Delivery Confidence', 'Start Date', 'Due Date', 'Percent Done', 'Depends On', 'Last Updated', 'Approved Budget', 'EAC', 'Benefits', 'Strategic Objective', 'Cost Centre'],
      rows: FINANCE.map((i) => [
        text(i.id),
        text(i.name),
        text(i.department),
        text(i.owner),
        status(FIN_STATUS, i.status),
        realDate(i.start, 'dd/mm/yyyy'),
        realDate(i.due, 'dd/mm/yyyy'),
        percent(i.percent, 'formatted'),
        text(i.dependsOn),
        realDate(i.updated, 'dd/mm/yyyy'),
        cell(i.budget, MONEY),
        typeof i.forecast === 'number' ? cell(i.forecast, MONEY) : cell(i.forecast),
        i.benefit === undefined ? cell(null) : cell(i.benefit, MONEY),
        text(i.pillar),
        text(i.extra),
      ]),
      widths: [13, 46, 10, 16, 12, 12, 12, 10, 12, 13, 15, 12, 12, 22, 11],
      colour: '7D6608',
    },
  ];
}

function costRegister(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Programme cost register: delivery departments',
      notes: ['Approved budget and estimate at completion (EAC) per initiative; benefits are annual run-rate, in thousands.'],
      // PLANT: benefits written in £k (ingest.money-unit), read back into pounds.
      headers: ['Initiative ID', 'Initiative', 'Business Unit', 'Strategic Objective', 'Approved Budget', 'EAC', 'Benefits (£k)'],
      rows: COST_REGISTER.map((i) => [
        text(i.id),
        text(i.name),
        text(i.department),
        text(i.pillar),
        cell(i.budget, MONEY),
        typeof i.forecast === 'number' ? cell(i.forecast, MONEY) : cell(i.forecast),
        i.benefit === undefined ? cell(null) : cell(i.benefit / 1000, MONEY),
      ]),
      widths: [13, 46, 17, 22, 16, 12, 14],
      colour: '7D6608',
    },
  ];
}

function kpis(): Block[] {
  return [
    {
      top: 1,
      left: 1,
      title: 'Clearwater benefits KPIs',
      notes: ['Actuals for October 2026. Direction: whether higher or lower is better.'],
      headers: ['KPI', 'Name', 'Target', 'Actual', 'Direction', 'Initiatives', 'Owner', 'Unit'],
      rows: KPIS.map((k) => [text(k.kpi), text(k.name), cell(k.target), cell(k.actual), text(k.direction), text(k.initiatives), text(k.owner), text(k.unit)]),
      widths: [7, 38, 8, 8, 10, 18, 15, 11],
      colour: '7D6608',
    },
  ];
}

// ---------------------------------------------------------------- writing

function writeBlock(ws: ExcelJS.Worksheet, b: Block): void {
  const title = ws.getCell(b.top, b.left);
  title.value = b.title;
  title.font = { bold: true, size: 14, color: { argb: `FF${b.colour}` } };
  b.notes.forEach((n, k) => {
    const c = ws.getCell(b.top + 1 + k, b.left);
    c.value = n;
    c.font = { italic: true, color: { argb: 'FF595959' } };
  });
  const headerRow = b.top + 1 + b.notes.length + 1;
  b.widths.forEach((w, k) => {
    ws.getColumn(b.left + k).width = w;
  });
  if (b.tableName !== undefined) {
    ws.addTable({
      name: b.tableName,
      ref: ws.getCell(headerRow, b.left).address,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: b.headers.map((name) => ({ name, filterButton: true })),
      rows: b.rows.map((r) => r.map((c) => c.v)),
    });
  } else {
    b.headers.forEach((h, k) => {
      const c = ws.getCell(headerRow, b.left + k);
      c.value = h;
      c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${b.colour}` } };
      c.alignment = { vertical: 'middle', wrapText: true };
    });
    b.rows.forEach((r, ri) => {
      r.forEach((v, k) => {
        ws.getCell(headerRow + 1 + ri, b.left + k).value = v.v as ExcelJS.CellValue; // { error: "#N/A" } is a valid error cell
      });
    });
  }
  b.belowTable?.forEach((r, ri) => {
    r.forEach((v, k) => {
      ws.getCell(headerRow + 1 + b.rows.length + ri, b.left + k).value = v.v as ExcelJS.CellValue;
    });
  });
  [...b.rows, ...(b.belowTable ?? [])].forEach((r, ri) => {
    r.forEach((v, k) => {
      if (v.fmt !== undefined) ws.getCell(headerRow + 1 + ri, b.left + k).numFmt = v.fmt;
      if (v.fill !== undefined) ws.getCell(headerRow + 1 + ri, b.left + k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${v.fill}` } };
      if (v.strike) ws.getCell(headerRow + 1 + ri, b.left + k).font = { ...ws.getCell(headerRow + 1 + ri, b.left + k).font, strike: true };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}

function glossary(ws: ExcelJS.Worksheet): void {
  writeTwoColumns(ws, [
    ['Term', 'Definition'],
    ['FNOL', 'First notification of loss: the moment a customer reports a claim.'],
    ['STP', 'Straight-through processing: a claim settled without a handler touching it.'],
    ['IVR', 'Interactive voice response: the phone menu that routes calls.'],
    ['Hypercare', 'The first weeks after go-live with extra support on hand.'],
  ], [12, 70]);
}

/** A small sheet of two text columns with a bold header row (the Glossary, the opening days). */
function writeTwoColumns(ws: ExcelJS.Worksheet, rows: ReadonlyArray<readonly [string, string]>, widths: readonly [number, number]): void {
  rows.forEach((r, k) => {
    ws.getCell(k + 1, 1).value = r[0];
    ws.getCell(k + 1, 2).value = r[1];
  });
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = widths[0];
  ws.getColumn(2).width = widths[1];
}

/**
 * The contact centre's opening days, kept by Customer Support beside its tracker.
 * PLANT calendar.unknown-department: the trackers call the department "Customer Support", never
 * "Contact centre", so the six-day week schedules nothing.
 */
function openingDays(ws: ExcelJS.Worksheet): void {
  writeTwoColumns(ws, [
    ['Calendar', 'Working days'],
    ['Contact centre', 'Mon-Sat'],
  ], [18, 14]);
}

interface SampleFile {
  readonly file: string;
  readonly sheets: ReadonlyArray<{
    readonly name: string;
    readonly blocks?: readonly Block[];
    readonly write?: (ws: ExcelJS.Worksheet) => void;
    /** A working sheet the department keeps hidden (still read). */
    readonly hidden?: boolean;
  }>;
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  { file: 'Engineering.xlsx', sheets: [{ name: 'Roadmap', blocks: engineering() }] },
  { file: 'Actuarial.xlsx', sheets: [{ name: 'Workplan', blocks: actuarial() }] },
  { file: 'Customer-Support.xlsx', sheets: [{ name: 'CS Readiness', blocks: customerSupport() }, { name: 'Site RAG', blocks: siteRag() }, { name: 'Glossary', write: glossary }, { name: 'Opening days', write: openingDays }] },
  { file: 'Marketing.xlsx', sheets: [{ name: 'Launch Plan', blocks: marketing() }, { name: 'Agency', blocks: agency() }] },
  { file: 'IT.xlsx', sheets: [{ name: 'IT Delivery', blocks: it() }, { name: 'Dependencies', blocks: itRegister() }, { name: 'Vendor Milestones', blocks: vendorMilestones() }] },
  {
    file: 'Finance.xlsx',
    sheets: [
      { name: 'Finance Initiatives', blocks: finance() },
      // PLANT ingest.hidden-sheet: Finance keeps its cost register on a hidden working sheet.
      { name: 'Cost Register', blocks: costRegister(), hidden: true },
      { name: 'KPIs', blocks: kpis() },
    ],
  },
];

/** JSZip (inside exceljs) stamps each zip entry with `new Date()`; pin it while writing. */
async function withFixedClock<T>(fn: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_TIME.getTime());
      else super(...(args as [number]));
    }
    static override now(): number {
      return FIXED_TIME.getTime();
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

export async function buildSampleWorkbook(sample: SampleFile): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Harbour Mutual PMO';
  wb.lastModifiedBy = 'Harbour Mutual PMO';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  for (const s of sample.sheets) {
    const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    s.blocks?.forEach((b) => writeBlock(ws, b));
    s.write?.(ws);
  }
  const buffer = await withFixedClock(() => wb.xlsx.writeBuffer());
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function writeSamples(dir: string = SAMPLES_DIR): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLE_FILES) {
    const target = path.join(dir, sample.file);
    fs.writeFileSync(target, await buildSampleWorkbook(sample));
    written.push(target);
  }
  return written;
}

if (require.main === module) {
  writeSamples().then(
    (files) => {
      for (const f of files) process.stdout.write(`wrote ${path.relative(process.cwd(), f)}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`generate-samples: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
