/**
 * The sample programme: Harbour Mutual's "Clearwater" automated claims platform, as six
 * departments report it. Plain data, ISO dates; scripts/generate-samples.ts renders each
 * department in its own spreadsheet style. Planted problems are marked `PLANT:` and listed,
 * with the exact finding each must produce, in test/fixtures/planted-findings.ts.
 *
 * As-of date of the samples: 2026-11-16 (a Monday). Unless planted otherwise: every open
 * initiative was updated within the 7-day cadence, every link's dates agree with its type and
 * lag, and nothing reported green waits on amber, red or late work.
 */

export type SampleStatus = 'green' | 'amber' | 'red' | 'done' | 'not-started' | 'cancelled' | 'blank';

export interface SampleInitiative {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly owner: string;
  readonly status: SampleStatus;
  /** ISO dates; a non-ISO string is written verbatim (a planted bad or ambiguous value). */
  readonly start: string;
  readonly due: string;
  /** 0..1; undefined leaves the cell empty. */
  readonly percent?: number;
  /** Dependency cell text as the department writes it. */
  readonly dependsOn?: string;
  /** ISO date; undefined leaves the cell empty (PLANT where it happens). */
  readonly updated?: string;
  /** The department's own extra column (kept, unmapped). */
  readonly extra?: string;
  readonly kpi?: string;
  /** Provides to cell text as the department writes it (Actuarial's Feeds column): who counts on it. */
  readonly feeds?: string;
  /** Finance's cost register. */
  readonly budget: number;
  readonly forecast: number | { readonly error: string };
  readonly benefit?: number;
  readonly pillar: string;
  /** The status cell's fill (RGB hex), as trackers colour their RAG cells. */
  readonly statusFill?: string;
  /** The status is kept only as the cell's colour (statusFill): the cell is left empty. */
  readonly colourOnly?: true;
  /** The row is struck through (its cells' font), as a tracker strikes out dropped work. */
  readonly struck?: true;
  /** Duration as the planning system writes it (Actuarial's Duration column): the working days from start to due. */
  readonly duration?: string;
  /** The due cell is left empty: the due is the one Start + Duration give (PLANT where it happens). */
  readonly dueNotWritten?: true;
}

const FASTER = 'Faster claims';
const COST = 'Lower claims cost';
const CX = 'Customer experience';
const OPS = 'Efficient operations';
const CONTROL = 'Regulatory & control';

export const ENGINEERING: readonly SampleInitiative[] = [
  { id: 'ENG-01', name: 'Claims event schema and data model', department: 'Engineering', owner: 'Priya Raman', status: 'done', start: '2026-05-04', due: '2026-07-31', percent: 1, updated: '2026-11-13', extra: 'CLW-101', budget: 180_000, forecast: 174_500, pillar: OPS },
  { id: 'ENG-02', name: 'FNOL intake API', department: 'Engineering', owner: 'Tom Okafor', status: 'green', start: '2026-08-10', due: '2026-12-18', percent: 0.7, dependsOn: 'ENG-01', updated: '2026-11-13', extra: 'CLW-114', budget: 420_000, forecast: 431_000, benefit: 250_000, pillar: FASTER },
  { id: 'ENG-03', name: 'Straight-through processing rules engine', department: 'Engineering', owner: 'Aisha Bello', status: 'amber', start: '2026-08-17', due: '2027-01-29', percent: 0.55, dependsOn: 'ENG-01; ACT-02 SS+10d', updated: '2026-11-12', extra: 'CLW-120', budget: 650_000, forecast: 672_000, benefit: 1_400_000, pillar: FASTER },
  { id: 'ENG-04', name: 'Fraud scoring service integration', department: 'Engineering', owner: 'Marek Nowak', status: 'amber', start: '2026-10-05', due: '2027-02-26', percent: 0.3, dependsOn: 'ACT-04 SS', updated: '2026-11-12', extra: 'CLW-131', budget: 310_000, forecast: 318_000, benefit: 900_000, pillar: COST },
  // PLANT value.status-fill-disagrees: ENG-05's Health says Green in a cell still coloured red from last month.
  { id: 'ENG-05', name: 'Document ingestion and OCR pipeline', department: 'Engineering', owner: 'Lena Fischer', status: 'green', statusFill: 'FF0000', start: '2026-09-07', due: '2027-01-22', percent: 0.5, dependsOn: 'ENG-01', updated: '2026-11-13', extra: 'CLW-137', budget: 280_000, forecast: 276_000, benefit: 380_000, pillar: OPS },
  { id: 'ENG-06', name: 'Payments disbursement connector', department: 'Engineering', owner: 'Tom Okafor', status: 'not-started', start: '2027-01-11', due: '2027-03-19', percent: 0, dependsOn: 'ENG-02 FS+5d, FIN-02', updated: '2026-11-13', extra: 'CLW-142', budget: 190_000, forecast: 190_000, pillar: FASTER },
  // PLANT dependency.unknown: IT-21 was retired in the spring re-plan; no source defines it.
  { id: 'ENG-07', name: 'Claims handler workbench UI', department: 'Engineering', owner: 'Sofia Marin', status: 'amber', start: '2026-09-14', due: '2027-02-12', percent: 0.4, dependsOn: 'ENG-02 SS+15d; IT-21', updated: '2026-11-12', extra: 'CLW-150', budget: 360_000, forecast: 371_000, benefit: 520_000, pillar: OPS },
  // PLANT dependency.cycle: ENG-08 waits on ENG-09, ENG-09 on CS-06, CS-06 on ENG-08 (all SS, same start).
  { id: 'ENG-08', name: 'Claim status notifications', department: 'Engineering', owner: 'Jonas Berg', status: 'amber', start: '2026-10-19', due: '2027-01-15', percent: 0.35, dependsOn: 'ENG-09 SS', updated: '2026-11-11', extra: 'CLW-155', budget: 95_000, forecast: 97_000, pillar: CX },
  { id: 'ENG-09', name: 'Customer claims portal', department: 'Engineering', owner: 'Sofia Marin', status: 'amber', start: '2026-10-19', due: '2027-02-05', percent: 0.3, dependsOn: 'CS-06 SS', updated: '2026-11-11', extra: 'CLW-160', budget: 340_000, forecast: 352_000, benefit: 300_000, pillar: CX },
];

export const ACTUARIAL: readonly SampleInitiative[] = [
  { id: 'ACT-01', name: 'Claims reserving model recalibration', department: 'Actuarial', owner: 'Hannah Clarke', status: 'done', start: '2026-04-06', due: '2026-07-17', percent: 1, duration: '75 days', updated: '2026-11-13', extra: 'Signed off by Reserving Committee', budget: 75_000, forecast: 71_000, pillar: CONTROL },
  { id: 'ACT-02', name: 'Severity triage scoring model', department: 'Actuarial', owner: 'Rahul Mehta', status: 'green', start: '2026-07-06', due: '2026-12-11', percent: 0.7, dependsOn: 'ACT-01 SS+20d', duration: '115 days', updated: '2026-11-13', extra: 'Validation on 2025 claims', feeds: 'ENG-03, Customer Support', budget: 140_000, forecast: 138_000, benefit: 600_000, pillar: FASTER },
  { id: 'ACT-03', name: 'Automated reserve setting at FNOL', department: 'Actuarial', owner: 'Hannah Clarke', status: 'green', start: '2026-11-02', due: '2027-02-19', percent: 0.15, dependsOn: 'ACT-02 SS+10d, ENG-02 SS', duration: '80 days', updated: '2026-11-12', feeds: 'FIN-03', budget: 120_000, forecast: 121_000, benefit: 450_000, pillar: COST },
  // PLANT ingest.status-from-fill: ACT-04's RAG cell is coloured amber, nothing written.
  { id: 'ACT-04', name: 'Fraud propensity model v2', department: 'Actuarial', owner: 'Daniel Osei', status: 'amber', statusFill: 'FFC000', colourOnly: true, start: '2026-08-03', due: '2027-01-15', percent: 0.45, dependsOn: 'ACT-01', duration: '120 days', updated: '2026-11-12', extra: 'Feature set waiting on bureau data', feeds: 'ENG-04', budget: 160_000, forecast: 166_000, benefit: 1_100_000, pillar: COST },
  // PLANT status.missing: the RAG cell was left empty.
  // PLANT value.fiscal-period: the due date typed as the fiscal quarter "Q4 FY2026/27" (a split year: April to March), so 31 Mar 2027.
  { id: 'ACT-05', name: 'Pricing feedback loop from claims data', department: 'Actuarial', owner: 'Grace Liu', status: 'blank', start: '2026-09-01', due: 'Q4 FY2026/27', percent: 0.25, dependsOn: 'ENG-01', updated: '2026-11-13', budget: 90_000, forecast: 88_000, benefit: 350_000, pillar: COST },
  // PLANT status.complete-mismatch: progress 100 but still reported G.
  { id: 'ACT-06', name: 'Reinsurance recovery automation', department: 'Actuarial', owner: 'Daniel Osei', status: 'green', start: '2026-06-01', due: '2026-11-27', percent: 1, duration: '130 days', updated: '2026-11-13', extra: 'Awaiting treaty team sign-off', budget: 110_000, forecast: 104_000, benefit: 210_000, pillar: COST },
  // PLANT status.stale: last updated 2026-10-16, a month before the as-of date.
  // PLANT dependency.provider-only: its Feeds column names Marketing, yet no Marketing initiative lists it.
  // PLANT ingest.due-from-duration: the Deadline cell left empty; 70 working days from Mon 14 Sep 2026 end on Fri 18 Dec 2026, its due.
  { id: 'ACT-07', name: 'Claims leakage baseline study', department: 'Actuarial', owner: 'Grace Liu', status: 'green', start: '2026-09-14', due: '2026-12-18', percent: 0.6, duration: '70 days', dueNotWritten: true, updated: '2026-10-16', feeds: 'Marketing', budget: 45_000, forecast: 44_000, pillar: COST },
];

export const CUSTOMER_SUPPORT: readonly SampleInitiative[] = [
  { id: 'CS-01', name: 'Claims contact centre operating model', department: 'Customer Support', owner: 'Maria Santos', status: 'green', start: '2026-06-01', due: '2026-12-18', percent: 0.75, updated: '2026-11-13', extra: 'Leeds', budget: 130_000, forecast: 127_000, benefit: 400_000, pillar: OPS },
  { id: 'CS-02', name: 'Handler training for the new workbench', department: 'Customer Support', owner: 'Kwame Mensah', status: 'amber', start: '2026-10-05', due: '2027-02-26', percent: 0.35, dependsOn: 'ENG-07 SS+10d', updated: '2026-11-12', extra: 'Leeds, Cardiff', budget: 210_000, forecast: 214_000, pillar: OPS },
  // PLANT schedule.overdue: due 30 Oct 2026, still 🟡 at 70%.
  { id: 'CS-03', name: 'Knowledge base articles for automated claims', department: 'Customer Support', owner: 'Maria Santos', status: 'amber', start: '2026-08-03', due: '2026-10-30', percent: 0.7, dependsOn: 'CS-01 SS', updated: '2026-11-13', extra: 'All sites', budget: 40_000, forecast: 41_500, pillar: CX },
  { id: 'CS-04', name: 'IVR call routing redesign', department: 'Customer Support', owner: "Liam O'Connor", status: 'amber', start: '2026-10-05', due: '2027-01-29', percent: 0.3, dependsOn: 'IT-06 SS', updated: '2026-11-12', extra: 'Cardiff', budget: 85_000, forecast: 86_000, benefit: 150_000, pillar: CX },
  // PLANT status.done-with-open-upstream: Complete, but IT-02 (amber) is still open.
  { id: 'CS-05', name: 'Complaints handling process update', department: 'Customer Support', owner: 'Aaliyah Khan', status: 'done', start: '2026-07-01', due: '2026-10-15', percent: 1, dependsOn: 'IT-02 SS', updated: '2026-11-10', extra: 'All sites', budget: 30_000, forecast: 28_500, pillar: CONTROL },
  { id: 'CS-06', name: 'Proactive claim status messaging', department: 'Customer Support', owner: "Liam O'Connor", status: 'amber', start: '2026-10-19', due: '2027-02-19', percent: 0.2, dependsOn: 'ENG-08 SS', updated: '2026-11-11', extra: 'All sites', budget: 55_000, forecast: 56_000, benefit: 120_000, pillar: CX },
  // PLANT value.date-without-year: the update date typed "13 Nov", with no year.
  { id: 'CS-07', name: 'QA scorecard for automated decisions', department: 'Customer Support', owner: 'Aaliyah Khan', status: 'green', start: '2026-11-02', due: '2027-03-12', percent: 0.1, dependsOn: 'ACT-02 SS', updated: '13 Nov', extra: 'Leeds', budget: 35_000, forecast: 35_000, pillar: CONTROL },
];

export const MARKETING: readonly SampleInitiative[] = [
  { id: 'MKT-01', name: 'Brand proposition for fast-track claims', department: 'Marketing', owner: 'Chloe Dubois', status: 'done', start: '2026-06-01', due: '2026-08-28', percent: 1, updated: '2026-11-13', extra: 'Brand', budget: 60_000, forecast: 58_000, pillar: CX },
  { id: 'MKT-02', name: 'Customer research on claims journeys', department: 'Marketing', owner: 'Ben Adeyemi', status: 'done', start: '2026-05-04', due: '2026-07-24', percent: 1, updated: '2026-11-13', extra: 'Insight', budget: 45_000, forecast: 45_000, pillar: CX },
  // PLANT status.missing-update-date: the As Of cell is empty.
  { id: 'MKT-03', name: 'Broker and partner enablement pack', department: 'Marketing', owner: 'Chloe Dubois', status: 'green', start: '2026-10-05', due: '2027-02-26', percent: 0.3, dependsOn: 'MKT-01', extra: 'Broker', kpi: 'K-05', budget: 70_000, forecast: 69_000, benefit: 180_000, pillar: CX },
  // PLANT status.green-over-risk + schedule.forecast-slip + kpi.off-target-blocked: on track, but
  // waits (FS+10d) on CS-03, which is overdue; linked to the off-target KPI K-02.
  { id: 'MKT-04', name: 'Digital claims self-service campaign', department: 'Marketing', owner: 'Ben Adeyemi', status: 'green', start: '2026-11-17', due: '2026-12-18', percent: 0, dependsOn: 'CS-03 FS+10d', updated: '2026-11-13', extra: 'Digital', kpi: 'K-02', budget: 150_000, forecast: 152_000, benefit: 320_000, pillar: CX },
  // PLANT dependency.on-cancelled: still depends on MKT-08, which was cancelled.
  // PLANT kpi.unknown: its KPI "Web visits" is not on Finance's KPI sheet.
  { id: 'MKT-05', name: 'Website claims hub content', department: 'Marketing', owner: 'Ingrid Holm', status: 'green', start: '2026-09-01', due: '2026-12-11', percent: 0.6, dependsOn: 'MKT-02, MKT-08', updated: '2026-11-12', extra: 'Web', kpi: 'Web visits', budget: 50_000, forecast: 49_000, pillar: CX },
  // PLANT schedule.successor-before-predecessor: starts 7 Dec 2026, but ENG-02 (FS) finishes 18 Dec 2026.
  { id: 'MKT-06', name: 'Go-live customer communications', department: 'Marketing', owner: 'Chloe Dubois', status: 'amber', start: '2026-12-07', due: '2027-01-08', percent: 0, dependsOn: 'ENG-02', updated: '2026-11-12', extra: 'CRM', budget: 40_000, forecast: 40_000, pillar: CX },
  // PLANT dates.finish-before-start: go-live 12 Feb 2027 typed before its 1 Mar 2027 start.
  { id: 'MKT-07', name: 'Social media launch burst', department: 'Marketing', owner: 'Ingrid Holm', status: 'not-started', start: '2027-03-01', due: '2027-02-12', percent: 0, updated: '2026-11-10', extra: 'Social', budget: 65_000, forecast: 65_000, pillar: CX },
  // PLANT ingest.struck-rows: the dropped print campaign is struck through as well as marked Cancelled.
  { id: 'MKT-08', struck: true, name: 'Regional print advertising', department: 'Marketing', owner: 'Ben Adeyemi', status: 'cancelled', start: '2026-09-14', due: '2026-12-04', percent: 0.1, updated: '2026-11-10', extra: 'Print', budget: 25_000, forecast: 6_000, pillar: CX },
];

/**
 * Marketing's creative agency reports on a sheet of its own, as agencies do: a highlight report
 * with no update-date column, dated by its title, and no start column: each job's weeks are
 * shaded on a timeline of week-commencing dates beside the table.
 * PLANT ingest.status-date-from-title: the title's "status as at 13/11/2026" dates both rows.
 * PLANT ingest.dates-from-timeline: the starts are the first shaded weeks (AGY-01 from 16 Nov, AGY-02 from 30 Nov).
 */
export const AGENCY_TITLE = 'Brightwave Creative agency report, status as at 13/11/2026';
/** The agency's timeline: eleven weeks commencing Monday 16 Nov 2026. */
export const AGENCY_WEEKS: readonly string[] = ['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'];
export const AGENCY: ReadonlyArray<{ readonly id: string; readonly name: string; readonly owner: string; readonly status: SampleStatus; readonly start: string; readonly due: string; readonly dependsOn: string }> = [
  { id: 'AGY-01', name: 'Fast-track claims TV and radio creative', owner: 'Nadia Brooks', status: 'green', start: '2026-11-16', due: '2027-01-15', dependsOn: 'MKT-01' },
  { id: 'AGY-02', name: 'Claims journey explainer videos', owner: 'Tom Whitfield', status: 'amber', start: '2026-11-30', due: '2027-01-29', dependsOn: 'MKT-02' },
];

/** PLANT id.missing: a Marketing row with data but no # (id). */
export const MARKETING_ROW_WITHOUT_ID = {
  name: 'Broker newsletter refresh',
  owner: 'Ingrid Holm',
  status: 'green' as SampleStatus,
  start: '2026-10-12',
  due: '2026-12-04',
  percent: 0.4,
  updated: '2026-11-12',
  extra: 'Broker',
};

export const IT: readonly SampleInitiative[] = [
  { id: 'IT-01', name: 'Cloud landing zone for the claims platform', department: 'IT', owner: 'Oliver Grant', status: 'done', start: '2026-04-15', due: '2026-07-31', percent: 1, updated: '2026-11-13', extra: 'CHG-20417', budget: 240_000, forecast: 236_000, pillar: OPS },
  { id: 'IT-02', name: 'Core policy system API gateway', department: 'IT', owner: 'Fatima Hassan', status: 'amber', start: '2026-06-15', due: '2027-01-29', percent: 0.55, dependsOn: 'IT-01 SS', updated: '2026-11-12', extra: 'CHG-20533', budget: 380_000, forecast: 392_000, pillar: OPS },
  { id: 'IT-03', name: 'Third-party fraud data feed', department: 'IT', owner: 'Oliver Grant', status: 'green', start: '2026-09-14', due: '2027-02-17', percent: 0.4, dependsOn: 'IT-01', updated: '2026-11-13', extra: 'CHG-20611', budget: 120_000, forecast: 118_000, pillar: COST },
  // PLANT finance.cost-overrun (in Finance's cost register): EAC 495,000 against 420,000.
  { id: 'IT-04', name: 'Claims data warehouse and MI feeds', department: 'IT', owner: 'Nadia Petrova', status: 'amber', start: '2026-08-17', due: '2027-02-26', percent: 0.4, dependsOn: 'IT-01', updated: '2026-11-12', extra: 'CHG-20640', budget: 420_000, forecast: 495_000, pillar: OPS },
  // PLANT dependency.self: IT-05 lists itself as upstream.
  { id: 'IT-05', name: 'Identity and access management for handlers', department: 'IT', owner: 'Samuel Reyes', status: 'green', start: '2026-09-14', due: '2026-12-18', percent: 0.6, dependsOn: 'IT-05; IT-01', updated: '2026-11-13', extra: 'CHG-20655', budget: 95_000, forecast: 93_000, pillar: CONTROL },
  // PLANT source.conflict: IT reports Amber; Customer Support tracks the same item as 🔴.
  { id: 'IT-06', name: 'Telephony platform integration', department: 'IT', owner: 'Joanna Kowalski', status: 'amber', start: '2026-09-14', due: '2027-01-29', percent: 0.35, dependsOn: 'IT-01', updated: '2026-11-12', extra: 'CHG-20702', budget: 175_000, forecast: 179_000, pillar: CX },
  // PLANT value.ambiguous-date: start "01/03/2027", text among real dates, reads as 1 March or 3 January.
  { id: 'IT-07', name: 'Production cutover and hypercare', department: 'IT', owner: 'Oliver Grant', status: 'not-started', start: '01/03/2027', due: '2027-04-30', percent: 0, dependsOn: 'ENG-02, ENG-03, ENG-05, IT-02', updated: '2026-11-13', extra: 'CHG-20788', budget: 260_000, forecast: 260_000, pillar: OPS },
  // PLANT value.unparseable + dates.missing: end date written as words.
  { id: 'IT-08', name: 'Disaster recovery test for the claims platform', department: 'IT', owner: 'Samuel Reyes', status: 'not-started', start: '2026-12-14', due: 'After UAT sign-off', percent: 0, dependsOn: 'IT-01', updated: '2026-11-13', extra: 'CHG-20790', budget: 60_000, forecast: 60_000, pillar: CONTROL },
  { id: 'IT-09', name: 'Penetration testing and security sign-off', department: 'IT', owner: 'Joanna Kowalski', status: 'not-started', start: '2027-01-18', due: '2027-02-26', percent: 0, dependsOn: 'IT-05', updated: '2026-11-13', extra: 'CHG-20801', budget: 70_000, forecast: 70_000, pillar: CONTROL },
];

export const FINANCE: readonly SampleInitiative[] = [
  { id: 'FIN-01', name: 'Claims platform business case and benefits baseline', department: 'Finance', owner: 'Robert Hale', status: 'done', start: '2026-04-01', due: '2026-06-26', percent: 1, updated: '2026-11-13', extra: 'CC-4100', budget: 85_000, forecast: 82_000, pillar: OPS },
  { id: 'FIN-02', name: 'Payment controls and segregation of duties', department: 'Finance', owner: 'Emma Whitfield', status: 'green', start: '2026-09-01', due: '2026-12-11', percent: 0.6, updated: '2026-11-13', extra: 'CC-4120', budget: 120_000, forecast: 118_000, pillar: CONTROL },
  { id: 'FIN-03', name: 'IFRS 17 sign-off for automated reserving', department: 'Finance', owner: 'Robert Hale', status: 'green', start: '2026-11-09', due: '2027-03-12', percent: 0.05, updated: '2026-11-13', extra: 'CC-4100', budget: 60_000, forecast: 61_000, pillar: CONTROL },
  { id: 'FIN-04', name: 'Claims cost MI dashboards', department: 'Finance', owner: 'Emma Whitfield', status: 'not-started', start: '2027-03-15', due: '2027-04-30', percent: 0, updated: '2026-11-12', extra: 'CC-4130', budget: 55_000, forecast: 55_000, benefit: 90_000, pillar: COST },
  { id: 'FIN-05', name: 'Benefits realisation tracking', department: 'Finance', owner: 'Robert Hale', status: 'green', start: '2026-10-01', due: '2027-04-16', percent: 0.15, updated: '2026-11-13', extra: 'CC-4100', budget: 40_000, forecast: 39_000, pillar: OPS },
  // PLANT value.excel-error: the EAC lookup into the ledger extract returns #N/A.
  { id: 'FIN-06', name: 'Repairer invoice automation', department: 'Finance', owner: 'Emma Whitfield', status: 'amber', start: '2026-08-03', due: '2027-01-29', percent: 0.45, updated: '2026-11-12', extra: 'CC-4140', budget: 150_000, forecast: { error: '#N/A' }, benefit: 480_000, pillar: COST },
];

/**
 * The contact centre sites report to Customer Support in a weekly RAG log: no status or update
 * column, one rating per week ending Friday (the sites' highlight reports).
 * PLANT ingest.status-from-history: each row's status is its latest rating (CS-20 Amber in the
 * week ending 13/11, CS-21 Green); the rows count as updated 13/11/2026.
 */
export const SITE_WEEKS: readonly string[] = ['2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13'];
export const SITE_RAG: ReadonlyArray<{ readonly id: string; readonly name: string; readonly owner: string; readonly due: string; readonly dependsOn?: string; readonly ratings: readonly string[] }> = [
  { id: 'CS-20', name: 'Cardiff floor-walker rota for go-live', owner: 'Grace Thompson', due: '2027-02-26', dependsOn: 'CS-03', ratings: ['G', 'G', 'A', 'A'] },
  { id: 'CS-21', name: 'Leeds training rooms and kit', owner: 'Marcus Bell', due: '2027-01-22', ratings: ['A', 'G', 'G', 'G'] },
];

/** Customer Support also tracks IT's telephony work it depends on (PLANT source.conflict: 🔴 vs IT's Amber). */
export const CS_TRACKED_IT_06 = { ...IT[5]!, status: 'red' as SampleStatus, percent: undefined, extra: 'Cardiff' };

/**
 * One milestone of IT's supplier tracker, as the suppliers report it: no id column (rows are
 * keyed by their names), each supplier's own stage words for status, % complete as each supplier
 * types it (100 or 0.5), no update-date column. Dependencies name other milestones by name.
 */
export interface SampleMilestone {
  readonly name: string;
  readonly supplier: string;
  readonly owner: string;
  /** The supplier's stage word, written verbatim. */
  readonly stage: string;
  /** ISO date. */
  readonly due: string;
  /** The due date as the supplier's report wrote it, pasted as text; absent: a real date. */
  readonly dueWritten?: string;
  /** As typed: 0..100, or a planted 0..1 fraction. */
  readonly percent: number;
  readonly dependsOn?: string;
  /** The contract's value as the supplier's report wrote it ("£48,000"); absent: blank. */
  readonly contractValue?: string;
}

/**
 * IT's "Vendor Milestones" sheet: an Excel table of what the platform's suppliers owe.
 * PLANT ingest.no-id-column: the table has no id column; its rows are keyed by Milestone.
 * PLANT ingest.fields-missing: no column for the last-updated date (no other table gives these milestones one).
 * PLANT value.unknown-status: the Status column holds the suppliers' contract stages (Contracted,
 * Provisioning); only "Delivered" and "Scheduled" read.
 * PLANT ingest.dates-from-values: the suppliers' dates sit under "Contractual Date", a header that
 * names no due; it is the table's only date column, so it is read as the milestones' due.
 * PLANT value.mixed-date-order: three due dates pasted as text in their supplier's own convention,
 * ClaimShield's month first (12/18/2026), the review's day first (19/02/2027), so the column cannot
 * say how to read Scriptura's "04/12/2026" (4 December, read day first by the setting).
 * PLANT value.mixed-currency: the contract values are pasted as each supplier invoices, Scriptura's
 * in pounds, ClaimShield's (a US firm) in dollars: the table's money is in pounds, the $65,000 is
 * left out of the budgets.
 */
export const VENDOR_MILESTONES: readonly SampleMilestone[] = [
  { name: 'OCR engine licence and sandbox', supplier: 'Scriptura', owner: 'Lena Fischer', stage: 'Delivered', due: '2026-10-09', percent: 100, contractValue: '£48,000' },
  { name: 'Security assessment', supplier: 'Scriptura', owner: 'Joanna Kowalski', stage: 'Contracted', due: '2026-12-04', dueWritten: '04/12/2026', percent: 0, dependsOn: 'OCR engine licence and sandbox' },
  // PLANT dependency.external: the trunks wait on the carrier's order, which no tracker here holds.
  { name: 'Telephony SIP trunk provisioning', supplier: 'Vocalis', owner: 'Joanna Kowalski', stage: 'Provisioning', due: '2026-12-11', percent: 60, dependsOn: 'Carrier line order' },
  { name: 'Security assessment', supplier: 'Vocalis', owner: 'Joanna Kowalski', stage: 'Contracted', due: '2027-01-08', percent: 0, dependsOn: 'Telephony SIP trunk provisioning' },
  // PLANT value.ambiguous-percent: ClaimShield typed 0.5 beside the others' 100, 60 and 25: 50% or 0.5%?
  { name: 'Fraud bureau data sandbox', supplier: 'ClaimShield', owner: 'Oliver Grant', stage: 'Provisioning', due: '2026-12-18', dueWritten: '12/18/2026', percent: 0.5, contractValue: '$65,000' },
  // PLANT dependency.ambiguous: "Security assessment" names both suppliers' assessments.
  { name: 'Supplier go-live readiness review', supplier: 'All suppliers', owner: 'Oliver Grant', stage: 'Scheduled', due: '2027-02-19', dueWritten: '19/02/2027', percent: 0, dependsOn: 'Security assessment' },
];

/** PLANT ingest.row-outside-table: a milestone typed on the row just under the Excel table, outside its range. */
export const VENDOR_MILESTONE_BELOW_TABLE: SampleMilestone = {
  name: 'IVR voice prompt recordings',
  supplier: 'Vocalis',
  owner: "Liam O'Connor",
  stage: 'Provisioning',
  due: '2027-01-15',
  percent: 25,
  dependsOn: 'Telephony SIP trunk provisioning',
};

/** IT's cross-team dependency register (From = predecessor, To = successor). */
export interface SampleRegisterRow {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly lag: number;
  readonly neededBy?: string;
  readonly note: string;
  /** The providing department's acceptance (its person), and the date it agreed to deliver by. */
  readonly acceptedBy?: string;
  readonly agreedDate?: string;
}

export const REGISTER: readonly SampleRegisterRow[] = [
  // PLANT dependency.needed-by-missed: ENG-04 needs the feed finished by 15 Jan 2027 (FF: its scoring cannot finish before the feed); IT-03 is due 17 Feb 2027.
  // PLANT dependency.date-not-agreed: IT accepted it, but for 17 Feb 2027 (IT-03's due date), after the 15 Jan ENG-04 needs.
  { from: 'IT-03', to: 'ENG-04', type: 'FF', lag: 0, neededBy: '2027-01-15', note: 'Bureau fraud data needed for model scoring in UAT', acceptedBy: 'Oliver Grant', agreedDate: '2027-02-17' },
  { from: 'IT-01', to: 'ENG-02', type: 'FS', lag: 0, note: 'API hosted in the new landing zone', acceptedBy: 'Oliver Grant' },
  // PLANT dependency.unacknowledged: Finance counts on IT's warehouse; nobody in IT has accepted it.
  { from: 'IT-04', to: 'FIN-04', type: 'FS', lag: 5, note: 'Dashboards read the warehouse marts' },
  { from: 'ACT-03', to: 'FIN-03', type: 'SS', lag: 0, note: 'Reserving method documented for audit', acceptedBy: 'Hannah Clarke' },
  { from: 'ENG-06', to: 'FIN-05', type: 'FF', lag: 5, note: 'Payments data feeds benefits tracking', acceptedBy: 'Tom Okafor' },
];

export interface SampleKpi {
  readonly kpi: string;
  readonly name: string;
  readonly target: number;
  readonly actual: number;
  readonly direction: 'Higher' | 'Lower';
  readonly initiatives: string;
  readonly owner: string;
  readonly unit: string;
}

export const KPIS: readonly SampleKpi[] = [
  { kpi: 'K-01', name: 'Claims settled straight-through', target: 35, actual: 38, direction: 'Higher', initiatives: 'ENG-03, ACT-02', owner: 'Aisha Bello', unit: '%' },
  // PLANT kpi.off-target-blocked: 18% against 40%, and MKT-04 is blocked by overdue CS-03.
  { kpi: 'K-02', name: 'Share of claims notified digitally', target: 40, actual: 18, direction: 'Higher', initiatives: 'MKT-04', owner: 'Ben Adeyemi', unit: '%' },
  { kpi: 'K-03', name: 'Average claim cycle time', target: 12, actual: 11.5, direction: 'Lower', initiatives: 'ENG-02, ENG-05', owner: 'Tom Okafor', unit: 'days' },
  // PLANT kpi.unknown-initiative: ACT-99 does not exist.
  { kpi: 'K-04', name: 'Claims leakage', target: 3.5, actual: 3.2, direction: 'Lower', initiatives: 'ACT-07, ACT-99', owner: 'Grace Liu', unit: '% of paid' },
  { kpi: 'K-05', name: 'Broker satisfaction with claims (NPS)', target: 30, actual: 34, direction: 'Higher', initiatives: 'MKT-03', owner: 'Chloe Dubois', unit: 'NPS' },
  { kpi: 'K-06', name: 'Complaints per 1,000 claims', target: 4, actual: 3.7, direction: 'Lower', initiatives: 'CS-05, CS-01', owner: 'Maria Santos', unit: 'per 1,000' },
];

/** Every initiative Finance's cost register lists (all but Finance's own, which carry their costs). */
export const COST_REGISTER: readonly SampleInitiative[] = [...ENGINEERING, ...ACTUARIAL, ...CUSTOMER_SUPPORT, ...MARKETING, ...IT];
