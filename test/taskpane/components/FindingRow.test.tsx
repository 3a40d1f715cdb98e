/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { FindingItem } from '../../../taskpane/app/present/finding-view';
import { FindingRow } from '../../../taskpane/components/FindingRow';
import { renderFluent, user as userEvent } from '../support/render';

const item: FindingItem = {
  key: 'schedule.overdue|ENG-4|Eng.xlsx!Plan!G5',
  department: 'Engineering',
  owner: 'Di Eze',
  fix: 'Mark it done, or re-plan the due date.',
  finding: {
    code: 'schedule.overdue',
    severity: 'warning',
    message: 'ENG-4 was due on 2026-03-02 and is not done.',
    initiativeId: 'ENG-4',
    cells: [{ source: 'Eng.xlsx', sheet: 'Plan', address: 'G5' }],
  },
};

function setup(it: FindingItem) {
  const calls = { go: 0, waive: 0, unwaive: 0 };
  const view = renderFluent(
    <ul>
      <FindingRow item={it} onGo={() => calls.go++} onWaive={() => calls.waive++} onUnwaive={() => calls.unwaive++} />
    </ul>,
  );
  return { calls, view };
}

describe('FindingRow', () => {
  it('goes to the cell when the message is activated, by mouse or keyboard', async () => {
    const { calls } = setup(item);
    const go = screen.getByRole('button', { name: 'ENG-4 was due on 2026-03-02 and is not done. Go to Plan!G5 in Eng.xlsx' });
    await userEvent.click(go);
    go.focus();
    await userEvent.keyboard('{Enter}');
    expect(calls.go).toBe(2);
    expect(screen.getByText('Plan!G5 · Eng.xlsx')).toBeTruthy();
  });

  it('offers waive for an active finding and un-waive with the reason for a waived one', async () => {
    const first = setup(item);
    await userEvent.click(screen.getByRole('button', { name: 'Waive…' }));
    expect(first.calls.waive).toBe(1);
    first.view.unmount();
    const second = setup({ ...item, waiver: { key: item.key, reason: 'Agreed slip with the sponsor' } });
    expect(screen.getByText('Reason: Agreed slip with the sponsor')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Waive…' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Un-waive' }));
    expect(second.calls.unwaive).toBe(1);
  });

  it('has no accessibility violations', async () => {
    const { view } = setup(item);
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
