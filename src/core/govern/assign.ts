import type { Assignee, DepartmentLead, Finding, Model } from '../types';
import { normaliseDepartment } from '../model';

export const UNASSIGNED = 'unassigned';

export interface Assignment {
  readonly person: string;
  readonly assignee: Assignee;
  readonly department?: string;
  /** The department's lead, when one is named (who the finding escalates to). */
  readonly lead?: string;
}

/**
 * Who a finding falls to: its initiative's owner, else the lead of its department (the
 * initiative's, else the department its source speaks for), else nobody ("unassigned").
 */
export function makeAssigner(model: Model, leads: ReadonlyMap<string, DepartmentLead>): (f: Finding) => Assignment {
  const sourceDepartment = new Map<string, string>();
  for (const s of model.sources) if (s.department !== undefined) sourceDepartment.set(s.name, s.department);
  return (f) => {
    const initiative = f.initiativeId !== undefined ? model.byId.get(f.initiativeId) : undefined;
    const first = f.cells[0];
    const department = initiative?.department ?? (first ? sourceDepartment.get(first.source) : undefined);
    const lead = department !== undefined ? leads.get(normaliseDepartment(department))?.lead : undefined;
    const where = department !== undefined ? { department } : {};
    const leadPart = lead !== undefined ? { lead } : {};
    const owner = initiative?.owner?.trim();
    if (owner) return { person: owner, assignee: 'owner', ...where, ...leadPart };
    if (lead !== undefined) return { person: lead, assignee: 'lead', ...where, lead };
    return { person: UNASSIGNED, assignee: 'unassigned', ...where };
  };
}
