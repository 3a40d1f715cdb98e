import { makeFinding, type CellRef, type Finding } from '../types';
import { contractsOf } from './contracts';
import { flat, iso, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.date-not-agreed: the two sides of an agreed cross-department dependency give
 * different dates: the provider agreed to deliver after the date the consumer needs it by.
 */
export function checkDependencyDateNotAgreed({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const contracts = contractsOf(model, analysis, options);
  model.dependencies.forEach((d, k) => {
    const c = contracts[k]!;
    if (c.state === 'internal' || c.agreedDate === undefined || c.neededBy === undefined || c.agreedDate <= c.neededBy || !c.record) return;
    const provider = model.byId.get(d.from);
    if (!provider) return;
    const consumer = model.byId.get(d.to);
    const cells: CellRef[] = [];
    if (c.record.cells.agreedDate) cells.push(c.record.cells.agreedDate);
    if (c.record.cells.neededBy) cells.push(c.record.cells.neededBy);
    if (cells.length === 0) cells.push(c.cell);
    out.push(
      makeFinding(
        'dependency.date-not-agreed',
        flat`${label(provider)} agreed to deliver by ${iso(c.agreedDate)}, but ${consumer ? label(consumer) : d.to} needs it by ${iso(c.neededBy)}.`,
        cells,
        { initiativeId: provider.id, related: [d.to] },
      ),
    );
  });
  return out;
}
