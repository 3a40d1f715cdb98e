import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Switch, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CellRef, Severity } from '../../src/core/types';
import type { WorkbookPort } from '../../src/port/workbook-port';
import { cellPlace, type CellPlace } from '../app/present/cell-place';
import { FINDINGS_PAGE, groupFindings, type FindingItem, type FindingsPage } from '../app/present/finding-view';
import { withWaiver, withoutWaiver } from '../app/state/settings';
import { useRevealed } from '../app/state/use-revealed';
import { todayDay, type TaskpaneActions, type TaskpaneState } from '../app/state/use-taskpane';
import { isoFromDay } from '../../src/core/util/days';
import { EmptyState } from '../components/EmptyState';
import { FindingRow } from '../components/FindingRow';
import { RunFailed } from '../components/RunFailed';
import { SeverityFilter } from '../components/SeverityFilter';
import { StepHeading } from '../components/StepHeading';
import { WaiveDialog } from '../components/WaiveDialog';
import { ActionsView } from './ActionsView';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  group: { margin: 0, display: 'inline', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: 'pointer', paddingTop: tokens.spacingVerticalS },
  reference: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', userSelect: 'all' },
});

const ALL: readonly Severity[] = ['error', 'warning', 'info'];

const PAGE = FINDINGS_PAGE;
const ROWS_PER_TASK = 10;

interface FindingsStepProps {
  readonly state: TaskpaneState & TaskpaneActions;
  readonly port: WorkbookPort;
}

/**
 * Step 3: findings by severity, grouped and searchable; go to a cell; waive and un-waive. Or the
 * same run as actions per person. The findings stay in the worker: this holds the page shown
 * (the filter's first `limit`, grouped here) and the run's counts.
 */
export function FindingsStep({ state, port }: FindingsStepProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [only, setOnly] = useState<Severity>();
  const [showWaived, setShowWaived] = useState(true);
  const [by, setBy] = useState<'rule' | 'department'>('rule');
  const [waiving, setWaiving] = useState<FindingItem>();
  const [goError, setGoError] = useState<string>();
  const [elsewhere, setElsewhere] = useState<Extract<CellPlace, { kind: 'file' }>>();
  const [copied, setCopied] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [view, setView] = useState<'findings' | 'actions'>('findings');
  const run = state.run;
  const runId = run?.ok ? run.value.runId : undefined;
  const pipeline = state.pipeline;
  // As the step opens (no search, every severity, waived shown, one page), the page came with the run.
  const opening = query === '' && only === undefined && showWaived && limit === PAGE;
  // The page last answered otherwise; kept on screen while the next is worked out (a keystroke, a new run).
  const [asked, setPage] = useState<FindingsPage>();
  useEffect(() => {
    if (runId === undefined || opening) return;
    let live = true;
    pipeline.findingsPage(runId, { query, severities: only ? [only] : ALL, showWaived }, limit).then(
      (answer) => {
        // No answer: the worker has moved on to a newer run or page, which is asked for in turn.
        if (live && answer) setPage(answer);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pipeline, runId, opening, query, only, showWaived, limit]);
  // Until the first answer, the opening page stays on screen.
  const first = run?.ok ? run.value.firstPage : undefined;
  const page = opening ? first : (asked ?? first);
  const groups = useMemo(() => groupFindings(page?.items ?? [], by), [page, by]);
  // Rows mounted a few per task as the step opens: fifty finding rows at once were one long task.
  const revealed = useRevealed(page?.items.length ?? 0, ROWS_PER_TASK);
  const loadActions = useCallback((n: number) => (runId === undefined ? Promise.resolve(undefined) : pipeline.actionsPage(runId, n)), [pipeline, runId]);

  if (!run) return null;
  if (!run.ok) return <RunFailed message={run.message} />;
  const { total, counts, waived: waivedCount } = run.value.findings;
  // Rows of the groups above each group: what of `revealed` is left for it.
  const before: number[] = [];
  groups.reduce((n, g) => (before.push(n), n + g.items.length), 0);
  const go = (cell: CellRef | undefined) => {
    if (!cell) return;
    setGoError(undefined);
    setCopied(false);
    const place = cellPlace(cell, state.workbook?.name);
    if (place.kind === 'file') {
      // A cell of an added file: Excel can only select cells of this workbook, so say where it is.
      setElsewhere(place);
      return;
    }
    setElsewhere(undefined);
    port.selectCell(cell).catch((e: unknown) => setGoError(`Could not go to ${cell.sheet}!${cell.address}: ${e instanceof Error ? e.message : String(e)}`));
  };

  // Where Go to cell could not go: said under either view.
  const notices = (
    <>
          {elsewhere && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>In an added file</MessageBarTitle>
                {`This cell is in ${elsewhere.words}. Open that file in Excel to see it; the reference is `}
                <span className={styles.reference}>{elsewhere.reference}</span>
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  onClick={() => {
                    navigator.clipboard?.writeText(elsewhere.reference).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    );
                  }}
                >
                  {copied ? 'Copied' : 'Copy reference'}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {goError && (
            <MessageBar intent="warning">
              <MessageBarBody>{goError}</MessageBarBody>
            </MessageBar>
          )}
    </>
  );

  return (
    <div className={styles.stack}>
      <StepHeading title="Findings" hint="Select a finding to go to its cell. Waive what you accept, with a reason." />
      <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'findings' | 'actions')} aria-label="Show">
        <Tab value="findings">Findings</Tab>
        <Tab value="actions">Actions by person</Tab>
      </TabList>
      {view === 'actions' ? (
        <>
          {notices}
          <ActionsView key={runId} summary={run.value.actions} first={run.value.firstActions} load={loadActions} onGo={go} />
        </>
      ) : total === 0 ? (
        <EmptyState title="No findings">Every included table passed every check.</EmptyState>
      ) : (
        <>
          <SeverityFilter counts={counts} only={only} onChange={setOnly} />
          <div className={styles.controls}>
            <Field label="Search findings">
              <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} placeholder="Id, message, sheet or rule" />
            </Field>
            <RadioGroup layout="horizontal" value={by} onChange={(_, d) => setBy(d.value as 'rule' | 'department')} aria-label="Group by">
              <Radio value="rule" label="By rule" />
              <Radio value="department" label="By department" />
            </RadioGroup>
            <Switch checked={showWaived} onChange={(_, d) => setShowWaived(d.checked)} label={`Show waived (${waivedCount})`} />
          </div>
          {notices}
          <Text role="status" size={200}>{page ? `${page.matched} of ${total} findings shown` : 'Listing the findings…'}</Text>
          {groups.map((g, k) => (
            <details key={g.id} open aria-label={`${g.title}, ${g.items.length}`}>
              <summary className={styles.summary}>
                <h3 className={styles.group}>{`${g.title} (${g.items.length})`}</h3>
              </summary>
              <ul className={styles.list}>
                {g.items.slice(0, Math.max(0, revealed - before[k]!)).map((item, i) => (
                  <FindingRow
                    key={`${i}|${item.key}`}
                    item={item}
                    onGo={() => go(item.finding.cells[0])}
                    onWaive={() => setWaiving(item)}
                    onUnwaive={() => state.updateSettings(withoutWaiver(state.settings, item.key))}
                  />
                ))}
              </ul>
            </details>
          ))}
          {page && page.matched > limit && <Button onClick={() => setLimit((n) => n + PAGE)}>{`Show ${Math.min(PAGE, page.matched - limit)} more`}</Button>}
        </>
      )}
      <WaiveDialog
        finding={waiving?.finding}
        onClose={() => setWaiving(undefined)}
        onWaive={(reason) => {
          if (waiving) state.updateSettings(withWaiver(state.settings, { key: waiving.key, reason, on: isoFromDay(todayDay()) }));
          setWaiving(undefined);
        }}
      />
    </div>
  );
}
