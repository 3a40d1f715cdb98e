import { contractsOf, type ContractState } from '../rules/contracts';
import type { ReportCell, RunResult } from '../types';
import { num, text } from './cells';

const COUNTED: readonly ContractState[] = ['agreed', 'one-sided', 'at-risk', 'broken', 'not-recorded'];
const HEADERS = ['Consumer', 'Provider', 'Agreed', 'One-sided', 'At risk', 'Broken', 'Not recorded', 'Total'];

/**
 * The Departments sheet's contract block: per pair of departments (the consumer that waits, the
 * provider it waits on), how many of their dependencies are agreed, one-sided, at risk, broken or
 * not recorded. Pairs in the order `departments` lists them. Empty without cross-department links.
 */
export function contractCountRows(result: RunResult, departments: readonly string[]): (ReportCell | null)[][] {
  const contracts = contractsOf(result.model, result.analysis, result.options);
  const counts = new Map<string, Map<ContractState, number>>();
  for (const c of contracts) {
    if (c.state === 'internal' || c.consumerDepartment === undefined || c.providerDepartment === undefined) continue;
    const key = `${c.consumerDepartment}\u0000${c.providerDepartment}`;
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(c.state, (m.get(c.state) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const place = new Map(departments.map((d, k) => [d, k]));
  const pairs = [...counts.keys()].map((k) => k.split('\u0000') as [string, string]);
  pairs.sort((a, b) => (place.get(a[0]) ?? 1e9) - (place.get(b[0]) ?? 1e9) || (place.get(a[1]) ?? 1e9) - (place.get(b[1]) ?? 1e9));
  const rows: (ReportCell | null)[][] = [
    [text('Dependency contracts: the consumer department waits on the provider, which agrees in its Provides to or the dependency register', 'label')],
    HEADERS.map((h) => text(h, 'header')),
  ];
  for (const [consumer, provider] of pairs) {
    const m = counts.get(`${consumer}\u0000${provider}`)!;
    let total = 0;
    const cells = COUNTED.map((s) => {
      const n = m.get(s) ?? 0;
      total += n;
      return num(n);
    });
    rows.push([text(consumer, 'body'), text(provider, 'body'), ...cells, num(total)]);
  }
  return rows;
}
