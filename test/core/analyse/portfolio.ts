import { makeOptions } from '../../../src/core/types/options';
import { buildTestModel, day } from './build';

/**
 * A small portfolio whose every analysed value was worked out by hand (Mon-Fri calendar,
 * 2026-03-02 is a Monday). As of Monday 2026-03-16:
 * - FIN-1 was due Fri 03-06 and is still open: it cannot finish before 03-16 (6 working days late);
 * - IT-2 waits on FIN-1 (FS): it starts 03-17 instead of 03-09 and finishes 03-30, 6 days late;
 * - OPS-3 waits on IT-2's start (SS+2), still fits its own planned week of 03-23;
 * - HR-4 is reported amber, HR-5 waits on it (FS) and is the end of the critical path;
 * - DONE-6 is done: OPS-7 behind it waits for nothing; X-8 has no dates; C-1 and C-2 form a loop.
 */
export const portfolio = buildTestModel({
  initiatives: [
    { id: 'FIN-1', dept: 'Finance', start: '2026-03-02', due: '2026-03-06', lastUpdated: '2026-03-02', kpis: ['Cash'], pillar: 'Growth', budget: 100, benefit: 1000 },
    { id: 'IT-2', dept: 'IT', start: '2026-03-09', due: '2026-03-20', lastUpdated: '2026-03-13', pillar: 'Growth', budget: 200, benefit: 2000 },
    { id: 'OPS-3', dept: 'Ops', start: '2026-03-23', due: '2026-03-27', budget: 300, benefit: 3000 },
    { id: 'HR-4', dept: 'HR', status: 'amber', start: '2026-03-02', due: '2026-04-10', pillar: 'People', budget: 400, benefit: 4000 },
    { id: 'HR-5', dept: 'HR', start: '2026-04-13', due: '2026-04-24', pillar: 'People', budget: 50, benefit: 500 },
    { id: 'DONE-6', dept: 'IT', status: 'done', start: '2026-03-02', due: '2026-03-04', lastUpdated: '2026-01-05', budget: 60 },
    { id: 'OPS-7', dept: 'Ops', status: 'not-started', start: '2026-03-30', due: '2026-04-03', budget: 70 },
    { id: 'X-8', dept: 'Finance', budget: 80, benefit: 800 },
    { id: 'C-1', dept: 'IT' },
    { id: 'C-2', dept: 'IT' },
  ],
  links: ['FIN-1>IT-2', 'IT-2>OPS-3 SS+2', 'HR-4>HR-5', 'DONE-6>OPS-7', 'FIN-1>X-8', 'C-1>C-2', 'C-2>C-1'],
  kpis: [
    { id: 'K-REV', name: 'Revenue', onTarget: false, initiatives: ['OPS-3', 'HR-4', 'X-8'] },
    { id: 'K-NPS', onTarget: true, initiatives: ['HR-5'] },
  ],
});

export const asOf = day('2026-03-16');
export const options = makeOptions(asOf);
