import { makeFinding, type Finding } from '../types';
import { contractsOf } from './contracts';
import { flat, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.unacknowledged: a cross-department dependency the consumer counts on that the
 * provider has not agreed to, where the dependency register keeps the provider's word (Agreed,
 * Accepted by or Agreed date). Raised on the provider, who must answer.
 */
export function checkDependencyUnacknowledged({ model, analysis, options }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const contracts = contractsOf(model, analysis, options);
  model.dependencies.forEach((d, k) => {
    const c = contracts[k]!;
    if (c.state !== 'one-sided') return;
    const provider = model.byId.get(d.from)!;
    const consumer = model.byId.get(d.to);
    out.push(
      makeFinding(
        'dependency.unacknowledged',
        flat`${consumer ? label(consumer) : d.to} (${c.consumerDepartment ?? 'no department'}) counts on ${label(provider)} (${c.providerDepartment ?? 'no department'}), but the dependency register has no agreement from ${c.providerDepartment ?? 'its provider'}.`,
        [c.cell],
        { initiativeId: provider.id, related: [d.to] },
      ),
    );
  });
  return out;
}
