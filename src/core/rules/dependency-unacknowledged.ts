import { makeFinding, type CellRef, type Finding } from '../types';
import { contractsOf, firstOfPair } from './contracts';
import { flat, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.unacknowledged: a cross-department dependency the consumer counts on that the
 * provider has not agreed to, where the sources keep the provider's word: the dependency
 * register (Agreed, Accepted by or Agreed date) or the provider's own Provides to column. Raised
 * on the provider, who must answer, at the cell where it would: once for a pair linked twice (a
 * tracker's FS and the register's SS), whose one agreement would answer both.
 */
export function checkDependencyUnacknowledged({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const contracts = contractsOf(model, analysis, options);
  const asked = new Set<string>();
  model.dependencies.forEach((d, k) => {
    const c = contracts[k]!;
    if (c.state !== 'one-sided' || !firstOfPair(asked, d, c.cell)) return;
    const provider = model.byId.get(d.from)!;
    const consumer = model.byId.get(d.to);
    const dept = c.providerDepartment ?? 'its provider';
    const inRegister = c.record !== undefined && c.cell !== c.providerCell;
    const where =
      inRegister && c.providerCell
        ? `neither the dependency register nor ${provider.id}'s Provides to has an agreement from ${dept}`
        : inRegister
          ? `the dependency register has no agreement from ${dept}`
          : `${provider.id}'s Provides to does not name it`;
    const cells: CellRef[] = [c.cell];
    if (c.providerCell && c.providerCell !== c.cell) cells.push(c.providerCell);
    out.push(
      makeFinding(
        'dependency.unacknowledged',
        flat`${consumer ? label(consumer) : d.to} (${c.consumerDepartment ?? 'no department'}) counts on ${label(provider)} (${c.providerDepartment ?? 'no department'}), but ${where}.`,
        cells,
        { initiativeId: provider.id, related: [d.to] },
      ),
    );
  });
  return out;
}
