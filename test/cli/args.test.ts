import { parseArgs } from '../../src/cli/args';
import { dayFromIso } from '../../src/core/util/days';

describe('parseArgs', () => {
  it('reads check with every option, in both --opt value and --opt=value forms', () => {
    expect(parseArgs(['check', 'a.xlsx', 'dir', '--as-of', '2026-11-16', '--cadence=14', '--date-order', 'mdy', '--json'])).toEqual({
      kind: 'check',
      files: ['a.xlsx', 'dir'],
      json: true,
      all: false,
      asOf: dayFromIso('2026-11-16'),
      cadenceDays: 14,
      dateOrder: 'mdy',
    });
  });

  it.each<[string, number]>([
    ['April', 4],
    ['apr', 4],
    ['7', 7],
    ['OCT', 10],
    ['september', 9],
  ])('reads --fiscal-year-start %s as month %d', (text, month) => {
    expect(parseArgs(['check', 'a.xlsx', '--fiscal-year-start', text])).toMatchObject({ kind: 'check', fiscalYearStart: month });
  });

  it('reads report with --out and --previous', () => {
    expect(parseArgs(['report', 'a.xlsx', '--out', 'out/summary.xlsx', '--previous=old.xlsx'])).toEqual({
      kind: 'report',
      files: ['a.xlsx'],
      out: 'out/summary.xlsx',
      previous: 'old.xlsx',
    });
  });

  it('reads --department FILE=NAME, repeated, split at the last "=" and trimmed, for check and report', () => {
    expect(parseArgs(['check', 'a.xlsx', '--department', 'a.xlsx=Finance', '--department= it plan.xlsx =  Group   IT ', '--department', 'x=y.csv=Ops'])).toEqual({
      kind: 'check',
      files: ['a.xlsx'],
      json: false,
      all: false,
      departments: [
        { file: 'a.xlsx', name: 'Finance' },
        { file: 'it plan.xlsx', name: 'Group IT' },
        { file: 'x=y.csv', name: 'Ops' },
      ],
    });
    expect(parseArgs(['report', 'a.xlsx', '--out', 's.xlsx', '--department', 'a.xlsx=Finance'])).toEqual({
      kind: 'report',
      files: ['a.xlsx'],
      out: 's.xlsx',
      departments: [{ file: 'a.xlsx', name: 'Finance' }],
    });
  });

  it('gives help and version precedence', () => {
    expect(parseArgs(['check', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'name a command: check or report.'],
    [['lint', 'a.xlsx'], 'unknown command "lint"; use check or report.'],
    [['check'], 'check needs at least one file or folder.'],
    [['check', 'a.xlsx', '--as-of', '16/11/2026'], '--as-of must be a date written YYYY-MM-DD (got "16/11/2026").'],
    [['check', 'a.xlsx', '--as-of', '2026-02-30'], '--as-of must be a date written YYYY-MM-DD (got "2026-02-30").'],
    [['check', 'a.xlsx', '--as-of'], '--as-of needs a value.'],
    [['check', 'a.xlsx', '--cadence', '0'], '--cadence must be a whole number of days from 1 to 3650 (got "0").'],
    [['check', 'a.xlsx', '--cadence', '1.5'], '--cadence must be a whole number of days from 1 to 3650 (got "1.5").'],
    [['check', 'a.xlsx', '--date-order', 'ymd'], '--date-order must be dmy or mdy (got "ymd").'],
    [['check', 'a.xlsx', '--fiscal-year-start', '13'], '--fiscal-year-start must be a month: a name (April), its first three letters (apr) or its number 1-12 (got "13").'],
    [['check', 'a.xlsx', '--fiscal-year-start', 'ap'], '--fiscal-year-start must be a month: a name (April), its first three letters (apr) or its number 1-12 (got "ap").'],
    [['check', 'a.xlsx', '--verbose'], 'unknown option --verbose.'],
    [['check', 'a.xlsx', '--out', 'x.xlsx'], '--out belongs to report, not check.'],
    [['check', 'a.xlsx', '--json=yes'], '--json takes no value.'],
    [['check', 'a.xlsx', '--as-of', '2026-01-01', '--as-of', '2026-01-02'], '--as-of is given twice.'],
    [['report', 'a.xlsx'], 'report needs --out FILE.xlsx.'],
    [['report', 'a.xlsx', '--out', 'summary.csv'], '--out must name an .xlsx file (got "summary.csv").'],
    [['report', 'a.xlsx', '--out', 's.xlsx', '--json'], '--json belongs to check, not report.'],
    [['check', 'a.xlsx', '--department'], '--department needs a value.'],
    [['check', 'a.xlsx', '--department', 'Finance'], '--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "Finance").'],
    [['check', 'a.xlsx', '--department', '=Finance'], '--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "=Finance").'],
    [['check', 'a.xlsx', '--department', 'a.xlsx='], '--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "a.xlsx=").'],
    [['check', 'a.xlsx', '--department', 'a.xlsx=  '], '--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got "a.xlsx=  ").'],
    [['check', 'a.xlsx', '--department', ' =IT'], '--department must be FILE=NAME, e.g. --department Finance.xlsx=Finance (got " =IT").'],
    [['report', 'a.xlsx', '--out', 's.xlsx', '--department', 'a.xlsx=IT', '--department', 'a.xlsx=Finance'], '--department names a.xlsx twice.'],
  ])('rejects %j: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['check', '--', '--odd-name.xlsx'])).toEqual({ kind: 'check', files: ['--odd-name.xlsx'], json: false, all: false });
  });
});
