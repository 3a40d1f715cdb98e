import { Combobox, Field, Option, SpinButton, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ImpactResult } from '../../src/core/types';
import { CancelledError } from '../run/pipeline-client';
import type { ImpactView } from '../run/impact-view';
import { INITIATIVE_OPTIONS, type InitiativeOption, type InitiativeOptions } from '../app/present/initiative-options';
import type { TaskpaneActions, TaskpaneState } from '../app/state/use-taskpane';
import { DependencyGraph } from '../components/DependencyGraph';
import { EmptyState } from '../components/EmptyState';
import { ImpactTable } from '../components/ImpactTable';
import { RunFailed } from '../components/RunFailed';
import { StepHeading } from '../components/StepHeading';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * Step 4: pick an initiative and a delay; see what moves downstream, listed and drawn. The
 * initiatives stay in the worker: the picker shows the options it sends for what is typed, and
 * the impact comes back with the names it mentions.
 */
export function ImpactStep({ state }: { readonly state: TaskpaneState & TaskpaneActions }) {
  const styles = useStyles();
  const [picked, setPicked] = useState<InitiativeOption>();
  const id = picked?.id;
  const [filter, setFilter] = useState<string>();
  const [delay, setDelay] = useState(10);
  const run = state.run;
  const view = run?.ok ? run.value : undefined;
  const runId = view?.runId;
  const { pipeline } = state;
  // The options for what is typed, asked of the worker (a keystroke each; only the newest is worked out there).
  const query = filter ?? '';
  const [asked, setAsked] = useState<{ readonly runId: number; readonly query: string; readonly options: InitiativeOptions }>();
  useEffect(() => {
    if (runId === undefined || query === '') return;
    let live = true;
    pipeline.initiativeOptions(runId, query, INITIATIVE_OPTIONS).then(
      (options) => live && options && setAsked({ runId, query, options }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pipeline, runId, query]);
  // The worker holds the run: it computes the impact and its neighbourhood and sends them back.
  const [answer, setAnswer] = useState<{ readonly ok: true; readonly value: ImpactView } | { readonly ok: false; readonly message: string }>();
  useEffect(() => {
    setAnswer(undefined);
    if (!view || !id) return;
    let live = true;
    pipeline
      .impact(id, delay)
      // None: this run has no initiative of that id (a new run without it): nothing is shown.
      .then((value) => live && value && setAnswer({ ok: true, value }))
      .catch((e: unknown) => live && !(e instanceof CancelledError) && setAnswer({ ok: false, message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [pipeline, view, id, delay]);
  const impact = answer?.ok ? { ok: true as const, value: answer.value.impact } : answer;
  const graph = answer?.ok ? answer.value.graph : undefined;
  const absorbed = answer?.ok ? answer.value.absorbed : [];
  const names = answer?.ok ? answer.value.names : NO_NAMES;

  if (!run) return null;
  if (!run.ok) return <RunFailed message={run.message} />;
  const heading = <StepHeading title="Impact" hint="What moves, and by how much, if one initiative slips." />;
  if (run.value.initiativeCount === 0) {
    return (
      <div className={styles.stack}>
        {heading}
        <EmptyState title="No initiatives yet">Map an initiatives table under Sources and Mapping first.</EmptyState>
      </div>
    );
  }
  // Until the worker answers what was typed, the last answer (or the opening options) stays listed.
  const options = (query !== '' && asked !== undefined && asked.runId === runId ? asked.options : run.value.firstOptions).options;

  return (
    <div className={styles.stack}>
      {heading}
      <Field label="Initiative">
        <Combobox
          placeholder="Type an id or name"
          value={filter ?? picked?.label ?? ''}
          selectedOptions={id ? [id] : []}
          onChange={(e) => setFilter(e.target.value)}
          onOptionSelect={(_, d) => {
            setPicked(d.optionValue !== undefined ? { id: d.optionValue, label: d.optionText ?? d.optionValue } : undefined);
            setFilter(undefined);
          }}
        >
          {options.map((i) => (
            <Option key={i.id} value={i.id} text={i.label}>
              {i.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Delay (working days)">
        <SpinButton
          min={1}
          max={250}
          value={delay}
          onChange={(_, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next) && next >= 1 && next <= 250) setDelay(next);
          }}
        />
      </Field>
      {!id && <Text>Pick an initiative to see what depends on it.</Text>}
      {impact && !impact.ok && <RunFailed message={impact.message} />}
      {impact?.ok && (
        <>
          <Text role="status">
            {impact.value.initiatives.length === 0
              ? `Nothing downstream moves if ${id} slips ${delay} working days${absorbed.length > 0 ? `: the slack of ${absorbed.length === 1 ? 'its successor absorbs' : `${absorbed.length} successors absorbs`} it` : ''}.`
              : `${impact.value.initiatives.length} ${impact.value.initiatives.length === 1 ? 'initiative moves' : 'initiatives move'} if ${id} slips ${delay} working days.`}
          </Text>
          {impact.value.initiatives.length > 0 && <ImpactTable impact={impact.value} names={names} />}
          {absorbed.length > 0 && (
            <>
              <h3 className={styles.sub}>Reached, but absorbed</h3>
              <ul className={styles.list} aria-label={`Successors whose slack absorbs the slip of ${id}`}>
                {absorbed.map((a) => (
                  <li key={a.id}>
                    <strong>{a.id}</strong> {names.get(a.id) ?? ''}
                    {` — waits on ${a.after} but does not move: its slack${a.slackDays !== undefined ? ` (${a.slackDays} working days in the plan)` : ''} or a later start takes the slip`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {impact.value.kpis.length > 0 && (
            <>
              <h3 className={styles.sub}>KPIs affected</h3>
              <ul className={styles.list}>
                {impact.value.kpis.map((k: ImpactResult['kpis'][number]) => (
                  <li key={k.kpi}>{`${k.kpi}: +${k.slipDays} d through ${k.through.join(', ')}`}</li>
                ))}
              </ul>
            </>
          )}
          {graph && (
            <>
              <h3 className={styles.sub}>Dependency graph</h3>
              <DependencyGraph nodes={graph.nodes} edges={graph.edges} layout={graph.layout} title={`Dependencies around ${id}`} focus={id} />
            </>
          )}
        </>
      )}
    </div>
  );
}
