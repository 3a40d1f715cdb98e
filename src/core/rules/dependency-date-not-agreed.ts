import { makeFinding, type Finding } from '../types';
import { contractsOf, dateConflictOf, firstOfPair } from './contracts';
import { flat, iso, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.date-not-agreed: the two sides of an agreed cross-department dependency give
 * different dates: the provider promised (in the register's agreed date, or beside the consumer in
 * its Provides to) to deliver after the date the consumer needs it by (the register's needed-by
 * date, else the consumer's own start or due), or the register's needed-by date is after the date
 * the consumer's plan needs it. Once per pair and cell, as dependency.unacknowledged.
 */
export function checkDependencyDateNotAgreed({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const contracts = contractsOf(model, analysis, options);
  const told = new Set<string>();
  model.dependencies.forEach((d, k) => {
    const c = contracts[k]!;
    const conflict = dateConflictOf(d, c, model);
    const provider = model.byId.get(d.from);
    if (!conflict || !provider || !firstOfPair(told, d, conflict.promised?.cell ?? conflict.need.cell)) return;
    const consumer = model.byId.get(d.to);
    const who = consumer ? label(consumer) : d.to;
    const { promised, need, plan } = conflict;
    const planned = (p: { readonly day: number; readonly by: 'register' | 'start' | 'due' }): string =>
      p.by === 'register' ? `needs it by ${iso(p.day)}` : p.by === 'start' ? `starts on ${iso(p.day)}` : `is due on ${iso(p.day)}`;
    const message = promised
      ? promised.in === 'register'
        ? flat`${label(provider)} agreed to deliver by ${iso(promised.day)}, but ${who} ${planned(need)}.`
        : flat`${label(provider)} promises ${who} delivery by ${iso(promised.day)} in its Provides to, but ${who} ${planned(need)}.`
      : flat`The dependency register says ${who} needs ${label(provider)} by ${iso(need.day)}, but ${who} ${planned(plan!)}.`;
    const cells = promised ? [promised.cell, need.cell] : [need.cell, plan!.cell];
    out.push(makeFinding('dependency.date-not-agreed', message, cells, { initiativeId: provider.id, related: [d.to] }));
  });
  return out;
}
