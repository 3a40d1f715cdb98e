import type { CellRef, DayNumber, Finding, RunResult, Severity, Status } from '../types';
import { isoFromDay } from '../util/days';

/** The stable JSON of `throughline check --json` (field names are relied on by scripts). */
export interface CheckJson {
  readonly asOf: string;
  readonly initiatives: ReadonlyArray<{
    readonly id: string;
    readonly name: string | null;
    readonly department: string | null;
    readonly owner: string | null;
    readonly reportedStatus: Status;
    readonly effectiveStatus: Status;
    readonly effectiveReason: string | null;
    readonly start: string | null;
    readonly due: string | null;
    readonly forecastFinish: string | null;
    readonly slipDays: number;
    readonly totalSlackDays: number | null;
    readonly critical: boolean;
    readonly stale: boolean;
    readonly daysSinceUpdate: number | null;
    readonly sources: readonly string[];
  }>;
  readonly findings: readonly CheckJsonFinding[];
  readonly waived: ReadonlyArray<CheckJsonFinding & { readonly waiver: { readonly key: string; readonly reason: string; readonly by: string | null; readonly on: string | null } }>;
}

export interface CheckJsonFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly initiativeId: string | null;
  readonly related: readonly string[];
  readonly cells: readonly CellRef[];
}

export function checkJson(result: RunResult): CheckJson {
  const iso = (d: DayNumber | undefined): string | null => (d === undefined ? null : isoFromDay(d));
  return {
    asOf: isoFromDay(result.options.asOf),
    initiatives: result.model.initiatives.map((i) => {
      const a = result.analysis.byId.get(i.id);
      return {
        id: i.id,
        name: i.name ?? null,
        department: i.department ?? null,
        owner: i.owner ?? null,
        reportedStatus: i.status,
        effectiveStatus: a?.effectiveStatus ?? i.status,
        effectiveReason: a?.effectiveReason ?? null,
        start: iso(i.start),
        due: iso(i.due),
        forecastFinish: iso(a?.forecastFinish),
        slipDays: a?.slipDays ?? 0,
        totalSlackDays: a?.totalSlackDays ?? null,
        critical: a?.critical ?? false,
        stale: a?.stale ?? false,
        daysSinceUpdate: a?.daysSinceUpdate ?? null,
        sources: [...i.sources],
      };
    }),
    findings: result.findings.map(findingJson),
    waived: result.waived.map((w) => ({
      ...findingJson(w.finding),
      waiver: { key: w.waiver.key, reason: w.waiver.reason, by: w.waiver.by ?? null, on: w.waiver.on ?? null },
    })),
  };
}

function findingJson(f: Finding): CheckJsonFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    initiativeId: f.initiativeId ?? null,
    related: [...(f.related ?? [])],
    cells: f.cells.map((c) => ({ source: c.source, sheet: c.sheet, address: c.address })),
  };
}
