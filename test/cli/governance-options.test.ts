import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runMain } from './run-main';

/** Ops tracker: OPS-1 has an owner, OPS-2 none; both stale (updated 2026-11-02, as of 2026-11-16). */
const OPS = [
  'ID,Name,Department,Owner,Status,Start,Due,Last Updated,Depends On',
  'OPS-1,Warehouse scanners,Operations,Dara Quinn,Green,2026-10-01,2026-12-18,2026-11-02,',
  'OPS-2,Returns desk,Operations,,Amber,2026-10-01,2026-12-18,2026-11-02,',
].join('\n');
const LEADS = ['Department,Lead', 'Operations,Sam Patel', 'Finance,Ana Ruiz'].join('\n');

describe('throughline --leads, --ladder, --previous on check, report --digest', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-gov-'));
    fs.writeFileSync(path.join(dir, 'ops.csv'), OPS);
    fs.writeFileSync(path.join(dir, 'leads.csv'), LEADS);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives an action without an owner to the department lead named in --leads', async () => {
    const run = await runMain(['check', 'ops.csv', '--as-of', '2026-11-16', '--leads', 'leads.csv', '--json'], dir);
    const json = JSON.parse(run.stdout) as { actions: Array<{ person: string; assignee: string; initiativeId: string; code: string }> };
    const stale = json.actions.filter((a) => a.code === 'status.stale').map((a) => [a.initiativeId, a.person, a.assignee]);
    expect(stale).toEqual([
      ['OPS-1', 'Dara Quinn', 'owner'],
      ['OPS-2', 'Sam Patel', 'lead'],
    ]);
  });

  it('without leads the ownerless action is unassigned, and says so as a finding', async () => {
    const run = await runMain(['check', 'ops.csv', '--as-of', '2026-11-16', '--json'], dir);
    const json = JSON.parse(run.stdout) as { findings: Array<{ code: string; message: string }> };
    expect(json.findings.filter((f) => f.code === 'action.unassigned').map((f) => f.message)).toEqual([
      'One open finding in Operations falls to nobody: no owner is named and no lead is named for Operations (status.stale on OPS-2).',
    ]);
  });

  it('carries ages from --previous, escalates by --ladder, and writes the digest beside the summary', async () => {
    const week1 = await runMain(['report', 'ops.csv', '--as-of', '2026-11-16', '--out', 'week1.xlsx'], dir);
    expect(week1.code).toBe(0);
    const check = await runMain(['check', 'ops.csv', '--as-of', '2026-11-23', '--previous', 'week1.xlsx', '--ladder', '1,3', '--json'], dir);
    const json = JSON.parse(check.stdout) as { actions: Array<{ initiativeId: string; code: string; level: string; firstSeen: string; reviewsOpen: number }> };
    // Open at the 16th and the 23rd: two reviews, one past the first, which the 1,3 ladder sends to the lead.
    expect(json.actions.find((a) => a.initiativeId === 'OPS-1' && a.code === 'status.stale')).toMatchObject({ firstSeen: '2026-11-16', reviewsOpen: 2, level: 'department-lead' });
    const week2 = await runMain(['report', 'ops.csv', '--as-of', '2026-11-23', '--previous', 'week1.xlsx', '--leads', 'leads.csv', '--digest', '--out', 'week2.xlsx'], dir);
    expect(week2.stdout).toContain(`Digest per person written to ${path.join(dir, 'week2.digest.txt')}`);
    const digest = fs.readFileSync(path.join(dir, 'week2.digest.txt'), 'utf8');
    expect(digest.split('\n\n')[0]!.split('\n')[0]).toBe('Dara Quinn: 1 open action from Throughline (as of 2026-11-23), by the next review on 2026-11-30.');
    expect(digest).toContain('Sam Patel: 1 open action');
  });

  it('refuses a --leads file without Department and Lead columns, and a malformed --ladder', async () => {
    fs.writeFileSync(path.join(dir, 'people.csv'), 'Name,Email\nSam,sam@example.com\n');
    const leads = await runMain(['check', 'ops.csv', '--leads', 'people.csv'], dir);
    expect([leads.code, leads.stderr]).toEqual([2, 'throughline: --leads people.csv has no table with a Department and a Lead column.\n']);
    const ladder = await runMain(['check', 'ops.csv', '--ladder', '4,2'], dir);
    expect(ladder.code).toBe(2);
    expect(ladder.stderr).toContain('--ladder must be LEAD,STEERING');
  });
});
