import { findingKey } from '../../../src/core/rules/finding-key';
import { applyWaivers } from '../../../src/core/rules/waivers';
import { makeFinding } from '../../../src/core/types';
import { cell } from '../../support/model-builders';

const overdue = makeFinding('schedule.overdue', 'ENG-4 was due 2026-03-01 and is not done as of 2026-03-16 (status amber).', [cell('Eng.xlsx', 'Initiatives', 'G2')], { initiativeId: 'ENG-4' });
const stale = makeFinding('status.stale', 'ENG-4 was last updated 2026-03-01, 15 days before 2026-03-16 (review cadence 7 days).', [cell('Eng.xlsx', 'Initiatives', 'I2')], { initiativeId: 'ENG-4' });
const missing = makeFinding('id.missing', 'Row 7 of Initiatives in Eng.xlsx has data but no id.', []);

describe('findingKey', () => {
  it('is code, initiative and first cell', () => {
    expect(findingKey(overdue)).toBe('schedule.overdue|ENG-4|Eng.xlsx!Initiatives!G2');
    expect(findingKey(missing)).toBe('id.missing||');
  });

  it('ignores the message, so a waiver survives a changed date in it', () => {
    const later = { ...overdue, message: 'ENG-4 was due 2026-03-01 and is not done as of 2026-03-23 (status red).' };
    expect(findingKey(later)).toBe(findingKey(overdue));
  });
});

describe('applyWaivers', () => {
  it('moves waived findings aside with their waiver, keeping order', () => {
    const waiver = { key: findingKey(overdue), reason: 'Agreed slip with the sponsor', by: 'PMO', on: '2026-03-10' };
    const { active, waived } = applyWaivers([stale, overdue, missing], [waiver, { key: 'nothing|matches|', reason: 'old' }]);
    expect(active).toEqual([stale, missing]);
    expect(waived).toEqual([{ finding: overdue, waiver }]);
  });

  it('keeps everything active without waivers', () => {
    expect(applyWaivers([stale, overdue], [])).toEqual({ active: [stale, overdue], waived: [] });
  });
});
