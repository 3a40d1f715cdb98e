/**
 * Finding identity when one cell names several links: each link's finding has its own key, and
 * waivers and snapshots saved under the older key (code, initiative, cell) still find them.
 */
import { lifeOfFindings } from '../../../src/core/govern/finding-life';
import { findingKey, legacyFindingKey } from '../../../src/core/rules/finding-key';
import { applyWaivers } from '../../../src/core/rules/waivers';
import { makeFinding, type FindingHistory } from '../../../src/core/types';

const cell = { source: 'IT.xlsx', sheet: 'Plan', address: 'F7' };
// IT-7 "Depends on: IT-2, IT-3" and starts before both finish: two findings at F7.
const first = makeFinding('schedule.successor-before-predecessor', 'IT-7 starts before IT-2 finishes.', [cell], { initiativeId: 'IT-7', related: ['IT-2'] });
const second = makeFinding('schedule.successor-before-predecessor', 'IT-7 starts before IT-3 finishes.', [cell], { initiativeId: 'IT-7', related: ['IT-3'] });
const OLD_KEY = 'schedule.successor-before-predecessor|IT-7|IT.xlsx!Plan!F7';

describe('findingKey', () => {
  it('names the related id for codes whose one cell holds several links, and not for others', () => {
    expect(findingKey(first)).toBe(`${OLD_KEY}|IT-2`);
    expect(findingKey(second)).toBe(`${OLD_KEY}|IT-3`);
    expect(legacyFindingKey(first)).toBe(OLD_KEY);
    const green = makeFinding('status.green-over-risk', 'IT-7 is green over IT-2.', [cell], { initiativeId: 'IT-7', related: ['IT-2'] });
    expect(findingKey(green)).toBe('status.green-over-risk|IT-7|IT.xlsx!Plan!F7');
  });

  it('lets a waiver saved under the older key waive the findings of its cell', () => {
    const { active, waived } = applyWaivers([first, second], [{ key: OLD_KEY, reason: 'Agreed overlap' }]);
    expect(active).toEqual([]);
    expect(waived.map((w) => w.finding)).toEqual([first, second]);
  });

  it('carries a snapshot entry saved under the older key on, not as resolved', () => {
    const previous: FindingHistory = {
      asOf: 100,
      entries: [{ key: OLD_KEY, code: first.code, severity: 'error', initiativeId: 'IT-7', message: first.message, firstSeen: 93, reviewsOpen: 2, state: 'open' }],
    };
    const life = lifeOfFindings([first, second], [], 107, previous);
    expect(life.resolved).toEqual([]);
    expect([life.life.get(findingKey(first))?.firstSeen, life.life.get(findingKey(second))?.firstSeen]).toEqual([93, 93]);
  });
});
