import type { DayNumber } from '../types';
import { linkStartBound, type CpmResult, type Network } from './schedule';

/**
 * Primavera P6's Longest Path: the activities reached by tracing driving relationships back
 * from those that finish last. A relationship is driving when it sets its successor's early
 * date: its relationship free float, in the successor's calendar, is 0 (the link's bound is the
 * successor's early start). Work held at its actual dates, or started by its own start floor
 * with no link at that bound, ends the trace.
 *
 * With several calendars total float is no measure of the path: a five-day task before a
 * seven-day one shows a day of float across each weekend it faces while every link of the chain
 * drives, so P6 offers "Longest Path" beside "Total Float <= x" as the way to define critical
 * activities (Schedule Options, General tab; the P6 EPPM web services' ScheduleOptions field
 * CriticalActivityPathType: 'Critical Float' | 'Longest Path'). O(nodes + links).
 *
 * `finishDay(v)` is v's early finish as a day (indexes of different calendars do not compare).
 */
export function longestPath(net: Network, cpm: Pick<CpmResult, 'start' | 'finish'>, finishDay: (v: number) => DayNumber): Uint8Array {
  const { active, pinned, edgeOn, graph } = net;
  const { inStart, inEdges, edgeFrom } = graph;
  const n = active.length;
  const on = new Uint8Array(n);
  let last = -Infinity;
  for (let v = 0; v < n; v++) if (active[v] === 1 && finishDay(v) > last) last = finishDay(v);
  const stack: number[] = [];
  for (let v = 0; v < n; v++) {
    if (active[v] === 1 && finishDay(v) === last) {
      on[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (pinned[v] === 1) continue;
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const e = inEdges[p]!;
      const u = edgeFrom[e]!;
      if (edgeOn[e] !== 1 || active[u] !== 1 || on[u] === 1) continue;
      if (linkStartBound(net, e, u, v, cpm.start, cpm.finish) !== cpm.start[v]) continue;
      on[u] = 1;
      stack.push(u);
    }
  }
  return on;
}
