import { directionFromWords } from '../../../src/core/model';
import { runPipeline } from '../../../src/core/pipeline';
import type { CellValue, RawSource } from '../../../src/core/types';
import { makeModel, options } from '../../support/model-builders';

describe('a KPI with no Direction cell is read by its words', () => {
  it('reads unwanted counts and elapsed times as lower is better', () => {
    const lower = [
      'Customer churn (annualised)',
      'Billing complaints per 10k customers',
      'Average call handling time (mins)',
      'Cost to serve',
      'Defects per release',
      'P1 incidents',
      'Order lead time',
      'Time to hire (days)',
      'Change backlog',
      'Error rate',
      'Staff turnover',
    ];
    expect(lower.map(directionFromWords)).toEqual(lower.map(() => 'lower'));
  });

  it('keeps higher is better where the words count an achievement, or say nothing of it', () => {
    const higher = [
      'Complaints resolved within 8 weeks',
      'Cost savings delivered',
      'Defect-free releases',
      'On-time delivery',
      'Churn reduction',
      'Mean time between failures',
      'Campaign email open rate',
      'Net Promoter Score',
      'Time on site',
      'Turnover',
    ];
    expect(higher.map(directionFromWords)).toEqual(higher.map(() => undefined));
  });

  it('compares by the direction it reads, and a Direction cell always wins', () => {
    const model = makeModel({
      kpis: [
        // Lower is better by its name: 6.8 is above 5, off target.
        { kpi: 'Customer churn (annualised)', target: 5, actual: 6.8, unit: '%' },
        // The same words with a Direction cell saying Higher: 6.8 meets 5.
        { kpi: 'Churn (renewals counted)', target: 5, actual: 6.8, direction: 'higher' },
        // No direction in its words: higher is better, 19 meets 12.
        { kpi: 'Digital adoption', target: 12, actual: 19 },
        // 9.5 minutes against 6: off target.
        { kpi: 'Average call handling time (mins)', target: 6, actual: 9.5, unit: 'mins' },
      ],
    });
    expect(model.kpis.map((k) => [k.id, k.direction, k.directionFrom, k.onTarget])).toEqual([
      ['Customer churn (annualised)', 'lower', 'name', false],
      ['Churn (renewals counted)', 'higher', undefined, true],
      ['Digital adoption', 'higher', undefined, true],
      ['Average call handling time (mins)', 'lower', 'name', false],
    ]);
  });
});

describe('a percentage KPI holds its values in points', () => {
  it('reads a fraction (a cell formatted as %) beside points as points, and leaves points and other units alone', () => {
    const model = makeModel({
      kpis: [
        // 0.27 is 27%, against 25: on target.
        { kpi: 'Open rate', target: 25, actual: 0.27, unit: '%' },
        // 0.8 beside 2 (within ten times): both points, a small rate under its target.
        { kpi: 'Error rate', target: 2, actual: 0.8, unit: '%' },
        // Both fractions ("95%" and "93%" as text): 95 and 93.
        { kpi: 'Forecast accuracy', target: 0.95, actual: 0.93, unit: 'percent' },
        // Not a percentage: as written.
        { kpi: 'Share', target: 25, actual: 0.27 },
      ],
    });
    expect(model.kpis.map((k) => [k.id, k.target, k.actual, k.onTarget])).toEqual([
      ['Open rate', 25, 27, true],
      ['Error rate', 2, 0.8, true],
      ['Forecast accuracy', 95, 93, false],
      ['Share', 25, 0.27, false],
    ]);
  });
});

describe('kpi.off-target-blocked says which way is better and shows the unit', () => {
  const sheets: Record<string, CellValue[][]> = {
    KPIs: [
      ['KPI', 'Target', 'Actual', 'Unit', 'Linked initiatives'],
      ['Customer churn (annualised)', 5, 6.8, '%', 'T-1'],
      ['Campaign email open rate', 25, 0.27, '%', 'T-1'],
      ['Average call handling time (mins)', 6, 9.5, 'mins', 'T-1'],
    ],
    Tracker: [
      ['ID', 'Name', 'Status', 'Start', 'Due', 'Depends on', 'Last updated'],
      ['T-0', 'Upstream', 'Red', '2026-03-02', '2026-03-13', '', '2026-03-13'],
      ['T-1', 'Downstream', 'Green', '2026-03-16', '2026-03-27', 'T-0', '2026-03-13'],
    ],
  };
  const source: RawSource = {
    name: 'Service.xlsx',
    origin: 'file',
    dateSystem: 1900,
    sheets: Object.entries(sheets).map(([name, values]) => ({ name, origin: { row: 0, col: 0 }, values })),
  };

  it('flags the two lower-is-better KPIs above target, not the open rate at 27% against 25%', () => {
    const { findings } = runPipeline([source], options());
    expect(findings.filter((f) => f.code === 'kpi.off-target-blocked').map((f) => [f.cells[0]!.address, f.message])).toEqual([
      ['C2', 'KPI Customer churn (annualised) is off target (actual 6.8%, target 5%; lower is better, as its name reads) and T-1 is blocked upstream by T-0 (T-1 ← T-0).'],
      ['C4', 'KPI Average call handling time (mins) is off target (actual 9.5 mins, target 6 mins; lower is better, as its name reads) and T-1 is blocked upstream by T-0 (T-1 ← T-0).'],
    ]);
  });
});

describe('a KPI value the sheet wrote as a percentage', () => {
  // Target and actual as typed, with the cell formats Excel keeps; no Unit column.
  const values: CellValue[][] = [
    ['KPI', 'Target', 'Actual', 'Direction'],
    // 0.15 formatted as 15% beside a target of 2 typed as points: 15% is far over 2%, off target.
    ['Claims reopened', 2, 0.15, 'Lower'],
    // Both formatted as %: 92% against 90%, on target.
    ['First contact resolution', 0.9, 0.92, 'Higher'],
    // Text "1.5%" beside 2: 1.5 points, under a lower-is-better 2, on target.
    ['Payment errors', 2, '1.5%', 'Lower'],
    // A Direction cell that does not read ("Less please"): the name decides (complaints: lower); 130 above 100, off target.
    ['Complaints', 100, 130, 'Less please'],
  ];
  const formats: Array<Array<string | null>> = [
    [null, null, null, null],
    [null, 'General', '0%', null],
    [null, '0%', '0.0%', null],
    [null, null, null, null],
    [null, null, null, null],
  ];
  const source: RawSource = {
    name: 'Service.xlsx',
    origin: 'file',
    dateSystem: 1900,
    sheets: [{ name: 'KPIs', origin: { row: 0, col: 0 }, values, numberFormats: formats }],
  };
  const run = runPipeline([source], options());

  it('reads it as a fraction whatever its size, and the KPI as a percentage', () => {
    expect(run.model.kpis.map((k) => [k.id, k.target, k.actual, k.direction, k.directionFrom, k.onTarget])).toEqual([
      ['Claims reopened', 2, 15, 'lower', undefined, false],
      ['First contact resolution', 90, 92, 'higher', undefined, true],
      ['Payment errors', 2, 1.5, 'lower', undefined, true],
      ['Complaints', 100, 130, 'lower', 'name', false],
    ]);
    expect(run.findings.filter((f) => f.code === 'value.unparseable').map((f) => f.cells[0]!.address)).toEqual(['D5']);
  });
});
