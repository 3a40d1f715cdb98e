import { cellOf, kpiKey } from '../model';
import { makeFinding, type Finding } from '../types';
import { flat, label } from './describe';
import { initiativeOfRecord } from './indexes';
import type { RuleContext } from './rule-context';

/**
 * kpi.unknown: an initiative's kpi cell names a KPI that no KPI sheet defines, by id or name.
 * Without any KPI sheet the names on initiatives are the only KPI list, so nothing is reported.
 */
export function checkKpiUnknown({ model }: RuleContext): Finding[] {
  if (model.ingest.kpis.length === 0) return [];
  const defined = new Set<string>();
  for (const r of model.ingest.kpis) {
    defined.add(kpiKey(r.kpi));
    if (r.name !== undefined) defined.add(kpiKey(r.name));
  }
  // The same few KPI names are written on every row: normalise each text once.
  const known = new Map<string, boolean>();
  const out: Finding[] = [];
  const records = model.records;
  for (let j = 0; j < records.length; j++) {
    const r = records[j]!;
    for (let n = 0; n < r.kpis.length; n++) {
      const k = r.kpis[n]!;
      let isKnown = known.get(k);
      if (isKnown === undefined) known.set(k, (isKnown = defined.has(kpiKey(k))));
      if (isKnown) continue;
      const who = initiativeOfRecord(model, j) ?? r;
      const cell = cellOf(r.cells, 'kpi') ?? cellOf(r.cells, 'id');
      out.push(
        makeFinding('kpi.unknown', flat`${label(who)} names KPI "${k}", which no KPI sheet defines.`, cell ? [cell] : [], { initiativeId: r.id }),
      );
    }
  }
  return out;
}
