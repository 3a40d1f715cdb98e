import type { DepartmentLead, Model, RunOptions } from '../types';
import { normaliseDepartment } from '../model';

/** Department (normaliseDepartment's key) -> its lead: the user's list first, then the sources' leads tables. */
export function leadsByDepartment(model: Model, options: RunOptions): ReadonlyMap<string, DepartmentLead> {
  const out = new Map<string, DepartmentLead>();
  for (const l of options.leads.concat(model.ingest.leads ?? [])) {
    const key = normaliseDepartment(l.department);
    if (key !== '' && l.lead.trim() !== '' && !out.has(key)) out.set(key, l);
  }
  return out;
}
