import { checkFinanceCostOverrun } from '../../../src/core/rules/finance-cost-overrun';
import { checkKpiOffTargetBlocked } from '../../../src/core/rules/kpi-off-target-blocked';
import { checkKpiUnknown } from '../../../src/core/rules/kpi-unknown';
import { checkKpiUnknownInitiative } from '../../../src/core/rules/kpi-unknown-initiative';
import { cell, makeContext, options } from '../../support/model-builders';

const eng = (address: string) => cell('Eng.xlsx', 'Initiatives', address);
const kpis = (address: string) => cell('KPIs.xlsx', 'KPIs', address);

describe('kpi.off-target-blocked', () => {
  it('reports each blocked chain of an off-target KPI, naming the root blocker', () => {
    const found = checkKpiOffTargetBlocked(
      makeContext(
        {
          initiatives: [
            { id: 'FIN-2', row: 2, status: 'red' },
            { id: 'IT-5', row: 3, dependsOn: ['FIN-2'] },
            { id: 'ENG-4', row: 4, dependsOn: ['IT-5'] },
            { id: 'ENG-5', row: 5, status: 'red' },
          ],
          kpis: [
            { kpi: 'NPS', name: 'Net promoter score', target: 45, actual: 30, initiatives: ['ENG-4', 'ENG-5'], row: 2 },
            { kpi: 'REV', target: 10, actual: 12, initiatives: ['ENG-4'], row: 3 },
          ],
        },
        {},
        {
          kpiTraces: [
            {
              kpi: 'NPS', offTarget: true,
              chains: [
                { initiativeId: 'ENG-4', chain: ['ENG-4', 'IT-5', 'FIN-2'] },
                { initiativeId: 'ENG-5', chain: ['ENG-5'] },
              ],
            },
            { kpi: 'REV', offTarget: false, chains: [{ initiativeId: 'ENG-4', chain: ['ENG-4', 'IT-5', 'FIN-2'] }] },
          ],
        },
      ),
    );
    expect(found).toEqual([
      {
        code: 'kpi.off-target-blocked', severity: 'warning', initiativeId: 'ENG-4', related: ['IT-5', 'FIN-2'],
        message: 'KPI NPS "Net promoter score" is off target (actual 30, target 45) and ENG-4 is blocked upstream by FIN-2 (ENG-4 ← IT-5 ← FIN-2).',
        cells: [kpis('D2'), eng('A4')],
      },
      {
        code: 'kpi.off-target-blocked', severity: 'warning', initiativeId: 'ENG-5',
        message: 'KPI NPS "Net promoter score" is off target (actual 30, target 45) and ENG-5 is blocked.',
        cells: [kpis('D2'), eng('A5')],
      },
    ]);
  });
});

describe('kpi.unknown-initiative', () => {
  it('reports KPI sheet links to ids no source defines', () => {
    const found = checkKpiUnknownInitiative(
      makeContext({ initiatives: [{ id: 'ENG-4' }], kpis: [{ kpi: 'NPS', initiatives: ['ENG-4', 'FIN-9'], row: 4 }] }),
    );
    expect(found).toEqual([
      { code: 'kpi.unknown-initiative', severity: 'warning', related: ['FIN-9'], message: 'KPI NPS is linked to FIN-9, which no source defines.', cells: [kpis('F4')] },
    ]);
  });
});

describe('kpi.unknown', () => {
  it('reports KPI names on initiatives that no KPI sheet defines, by id or name, ignoring case and spaces', () => {
    const found = checkKpiUnknown(
      makeContext({
        initiatives: [
          { id: 'ENG-4', name: 'Claims API', row: 2, kpis: ['nps', 'digital  claims share', 'NSP'] },
          { id: 'ENG-5', row: 3, kpis: ['K-9'] },
        ],
        kpis: [{ kpi: 'NPS' }, { kpi: 'K-2', name: 'Digital claims share' }],
      }),
    );
    expect(found).toEqual([
      { code: 'kpi.unknown', severity: 'warning', initiativeId: 'ENG-4', message: 'ENG-4 "Claims API" names KPI "NSP", which no KPI sheet defines.', cells: [eng('K2')] },
      { code: 'kpi.unknown', severity: 'warning', initiativeId: 'ENG-5', message: 'ENG-5 names KPI "K-9", which no KPI sheet defines.', cells: [eng('K3')] },
    ]);
  });

  it('reports nothing without a KPI sheet: the names on initiatives are then the KPI list', () => {
    expect(checkKpiUnknown(makeContext({ initiatives: [{ id: 'ENG-4', kpis: ['NPS'] }] }))).toEqual([]);
  });
});

describe('finance.cost-overrun', () => {
  const spec = {
    initiatives: [
      { id: 'A', name: 'Depot', row: 2, budget: 100000, forecastCost: 120000 },
      { id: 'B', row: 3, budget: 100000, forecastCost: 105000 }, // exactly at the 5% tolerance
      { id: 'C', row: 4, budget: 100000, forecastCost: 105001 },
      { id: 'D', row: 5, budget: 0, forecastCost: 2500.5 },
      { id: 'E', row: 6, forecastCost: 1000 },
    ],
  };

  it('reports forecasts above budget by more than the tolerance, with the forecast and budget cells', () => {
    expect(checkFinanceCostOverrun(makeContext(spec))).toEqual([
      {
        code: 'finance.cost-overrun', severity: 'warning', initiativeId: 'A',
        message: 'A "Depot" forecasts 120,000 against a budget of 100,000, 20% over (tolerance 5%).', cells: [eng('N2'), eng('M2')],
      },
      {
        code: 'finance.cost-overrun', severity: 'warning', initiativeId: 'C',
        message: 'C forecasts 105,001 against a budget of 100,000, 5% over (tolerance 5%).', cells: [eng('N4'), eng('M4')],
      },
      {
        code: 'finance.cost-overrun', severity: 'warning', initiativeId: 'D',
        message: 'D forecasts 2,500.5 against a budget of 0.', cells: [eng('N5'), eng('M5')],
      },
    ]);
  });

  it('uses options.costTolerance', () => {
    const found = checkFinanceCostOverrun(makeContext(spec, {}, {}, options({ costTolerance: 0.25 })));
    expect(found.map((f) => f.initiativeId)).toEqual(['D']);
  });
});
