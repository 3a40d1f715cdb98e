import type { DepartmentLead, Model, RunOptions } from '../types';

/** Department (lower case) -> its lead: the user's list first, then the sources' leads tables. */
export function leadsByDepartment(model: Model, options: RunOptions): ReadonlyMap<string, DepartmentLead> {
  const out = new Map<string, DepartmentLead>();
  for (const l of options.leads.concat(model.ingest.leads ?? [])) {
    const key = l.department.trim().toLowerCase();
    if (key !== '' && l.lead.trim() !== '' && !out.has(key)) out.set(key, l);
  }
  return out;
}
