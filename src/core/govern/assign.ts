import type { Assignee, DepartmentLead, Finding, Model } from '../types';
import { kpiKey, normaliseDepartment } from '../model';
import { parseA1 } from '../util/a1';

export const UNASSIGNED = 'unassigned';

export interface Assignment {
  readonly person: string;
  readonly assignee: Assignee;
  readonly department?: string;
  /** The department's lead, when one is named (who the finding escalates to). */
  readonly lead?: string;
}

/**
 * Who a finding falls to: the KPI's owner for a finding on a KPI sheet's row (the KPI is off
 * target, links an unknown id, a value cannot be read: the KPI owner answers for the KPI), else
 * its initiative's owner, else the lead of its department (the initiative's, else the department
 * its source speaks for), else nobody ("unassigned").
 */
export function makeAssigner(model: Model, leads: ReadonlyMap<string, DepartmentLead>): (f: Finding) => Assignment {
  const sourceDepartment = new Map<string, string>();
  for (const s of model.sources) if (s.department !== undefined) sourceDepartment.set(s.name, s.department);
  const kpiOwners = kpiOwnersByRow(model);
  return (f) => {
    const initiative = f.initiativeId !== undefined ? model.byId.get(f.initiativeId) : undefined;
    const first = f.cells[0];
    const department = initiative?.department ?? (first ? sourceDepartment.get(first.source) : undefined);
    const lead = department !== undefined ? leads.get(normaliseDepartment(department))?.lead : undefined;
    const where = department !== undefined ? { department } : {};
    const leadPart = lead !== undefined ? { lead } : {};
    const owner = (kpiOwners.size > 0 && first ? kpiOwners.get(rowKey(first.source, first.sheet, parseA1(first.address)?.row ?? -1)) : undefined) ?? initiative?.owner?.trim();
    if (owner) return { person: owner, assignee: 'owner', ...where, ...leadPart };
    if (lead !== undefined) return { person: lead, assignee: 'lead', ...where, lead };
    return { person: UNASSIGNED, assignee: 'unassigned', ...where };
  };
}

function rowKey(source: string, sheet: string, row: number): string {
  return `${source}\u0000${sheet}\u0000${row}`;
}

/** The owner of each KPI sheet row (0-based sheet row): the row's own Owner, else the one its KPI's first row names. */
function kpiOwnersByRow(model: Model): Map<string, string> {
  const owners = new Map<string, string>();
  if (model.ingest.kpis.length === 0) return owners;
  const ofKpi = new Map<string, string>();
  for (const k of model.kpis) {
    const owner = k.owner?.trim();
    if (!owner) continue;
    ofKpi.set(kpiKey(k.id), owner);
    if (k.name !== undefined && !ofKpi.has(kpiKey(k.name))) ofKpi.set(kpiKey(k.name), owner);
  }
  for (const r of model.ingest.kpis) {
    const owner = r.owner?.trim() || ofKpi.get(kpiKey(r.kpi));
    if (owner) owners.set(rowKey(r.ref.source, r.ref.sheet, r.ref.row - 1), owner);
  }
  return owners;
}
