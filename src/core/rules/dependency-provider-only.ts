import { normaliseDepartment } from '../model';
import { makeFinding, type Finding } from '../types';
import { shortText } from '../util/short-text';
import { flat, label } from './describe';
import type { RuleContext } from './rule-context';

/**
 * dependency.provider-only: the provider's Provides to names a consumer (an initiative, or a
 * department) that lists no dependency on it: a delivery promised that nobody counts on, or a
 * dependency the consumer forgot to write down. Raised on the provider's cell. A name several
 * initiatives share is dependency.ambiguous instead (ingest).
 */
export function checkDependencyProviderOnly({ model }: RuleContext): Finding[] {
  const providers = model.initiatives.filter((i) => i.providesTo !== undefined && i.providesTo.length > 0);
  if (providers.length === 0) return [];
  const linked = new Set<string>();
  const linkedDepartments = new Set<string>();
  for (const d of model.dependencies) {
    linked.add(`${d.from}\u0000${d.to}`);
    const dept = model.byId.get(d.to)?.department;
    if (dept !== undefined) linkedDepartments.add(`${d.from}\u0000${normaliseDepartment(dept)}`);
  }
  const departments = new Map<string, string>();
  for (const i of model.initiatives) if (i.department !== undefined) departments.set(normaliseDepartment(i.department), i.department);
  const out: Finding[] = [];
  for (const provider of providers) {
    for (const item of provider.providesTo!) {
      if (item.ambiguous) continue;
      const consumer = model.byId.get(item.id);
      let message: string | undefined;
      if (consumer) {
        if (!linked.has(`${provider.id}\u0000${consumer.id}`)) {
          message = flat`${label(provider)} lists ${label(consumer)} under Provides to, but ${consumer.id} lists no dependency on ${provider.id}.`;
        }
      } else {
        const written = item.name ?? item.id;
        const dept = departments.get(normaliseDepartment(written));
        if (dept === undefined) {
          message = flat`${label(provider)} lists "${shortText(written, 60)}" under Provides to, which names no initiative or department of the sources.`;
        } else if (!linkedDepartments.has(`${provider.id}\u0000${normaliseDepartment(dept)}`)) {
          message = flat`${label(provider)} lists ${dept} under Provides to, but no ${dept} initiative lists a dependency on ${provider.id}.`;
        }
      }
      if (message !== undefined) out.push(makeFinding('dependency.provider-only', message, [item.cell], { initiativeId: provider.id, ...(consumer ? { related: [consumer.id] } : {}) }));
    }
  }
  return out;
}
