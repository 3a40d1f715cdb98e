import { sharedData } from '../../support/shared-data';
import { day, ingestExports, linksOf, mappingOf, readExport, recordOf } from '../../support/read-export';

/**
 * Hand-built trackers nobody here wrote, from ../shared/data/exports: the project plan and the
 * empty risk log published with the "Technical Program Manager's Handbook". Expected values are
 * read off the workbooks by eye (the plan's Predecessors column G holds "2fs", "7fs", ...; its
 * Predecessor column D is empty).
 */
describe('TPM handbook project plan', () => {
  it('reads the 39 tasks, owners from Resourcing, the filled Predecessors rather than the empty Predecessor', async () => {
    const result = ingestExports([await readExport(sharedData('exports', 'tpm-handbook-project-plan.xlsx'))], '2023-09-01');
    expect(result.tables.map((t) => [t.sheet, t.kind, t.profile, t.rowCount])).toEqual([['Project Plan', 'initiatives', undefined, 39]]);
    expect(mappingOf(result.tables[0]!)).toEqual([
      ['id', 0, 'ID'],
      ['name', 2, 'Task'],
      ['duration', 4, 'Duration'],
      ['dependsOn', 6, 'Predecessors'],
      ['owner', 7, 'Resourcing'],
      ['start', 8, 'Start Date'],
      ['due', 9, 'End Date'],
    ]);
    const id = (n: number): string => String(n);
    expect(recordOf(result, id(3))).toMatchObject({ name: 'Implement', owner: 'Arun, Bex', start: day('2023-02-14'), due: day('2023-03-28') });
    expect(recordOf(result, id(3)).dependsOn.map((l) => [l.id, l.type, l.lagDays])).toEqual([[id(2), 'FS', 0]]);
    const links = result.initiatives.flatMap((r) => r.dependsOn.map((l) => `${l.id}->${r.id}`));
    expect(links).toEqual(['2->3', '2->4', '2->7', '7->8', '7->9', '7->10', '12->13', '12->14', '12->15', '17->18', '17->19', '17->20', '32->33']);
    expect(linksOf(result)).toEqual([]);
  });

  it('leaves the empty risk log out, saying why', async () => {
    const result = ingestExports([await readExport(sharedData('exports', 'tpm-handbook-risk-log.xlsx'))], '2023-09-01');
    expect(result.initiatives).toEqual([]);
    expect(result.tables.map((t) => [t.sheet, t.kind, t.ignoredReason])).toEqual([['Risk Log', null, 'it looks like a risk log (its sheet is named "Risk Log"), not initiatives']]);
  });
});
