import { Combobox, Field, Option, SpinButton, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { computeImpact } from '../../src/core/analyse';
import type { ImpactResult } from '../../src/core/types';
import { impactNeighbourhood } from '../app/present/impact-graph';
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

/** Step 4: pick an initiative and a delay; see what moves downstream, listed and drawn. */
export function ImpactStep({ state }: { readonly state: TaskpaneState & TaskpaneActions }) {
  const styles = useStyles();
  const [id, setId] = useState<string>();
  const [filter, setFilter] = useState<string>();
  const [delay, setDelay] = useState(10);
  const run = state.run;
  const result = run?.ok ? run.value : undefined;
  const impact = useMemo(() => {
    if (!result || !id || !result.model.byId.has(id)) return undefined;
    try {
      return { ok: true as const, value: computeImpact(result.model, result.analysis, id, delay, result.options) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [result, id, delay]);
  const graph = useMemo(() => (result && impact?.ok ? impactNeighbourhood(result.model, result.analysis, impact.value) : undefined), [result, impact]);

  if (!run) return null;
  if (!run.ok) return <RunFailed message={run.message} />;
  const { model } = run.value;
  const heading = <StepHeading title="Impact" hint="What moves, and by how much, if one initiative slips." />;
  if (model.initiatives.length === 0) {
    return (
      <div className={styles.stack}>
        {heading}
        <EmptyState title="No initiatives yet">Map an initiatives table under Sources and Mapping first.</EmptyState>
      </div>
    );
  }
  const label = (iid: string) => {
    const name = model.byId.get(iid)?.name;
    return name ? `${iid} — ${name}` : iid;
  };
  const q = (filter ?? '').toLowerCase();
  const options = model.initiatives.filter((i) => !q || label(i.id).toLowerCase().includes(q)).slice(0, 100);

  return (
    <div className={styles.stack}>
      {heading}
      <Field label="Initiative">
        <Combobox
          placeholder="Type an id or name"
          value={filter ?? (id ? label(id) : '')}
          selectedOptions={id ? [id] : []}
          onChange={(e) => setFilter(e.target.value)}
          onOptionSelect={(_, d) => {
            setId(d.optionValue);
            setFilter(undefined);
          }}
        >
          {options.map((i) => (
            <Option key={i.id} value={i.id} text={label(i.id)}>
              {label(i.id)}
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
              ? `Nothing downstream moves if ${id} slips ${delay} working days.`
              : `${impact.value.initiatives.length} ${impact.value.initiatives.length === 1 ? 'initiative moves' : 'initiatives move'} if ${id} slips ${delay} working days.`}
          </Text>
          {impact.value.initiatives.length > 0 && <ImpactTable impact={impact.value} model={model} />}
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
              <DependencyGraph nodes={graph.nodes} edges={graph.edges} title={`Dependencies around ${id}`} />
            </>
          )}
        </>
      )}
    </div>
  );
}
