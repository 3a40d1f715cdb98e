import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookPort } from '../../src/port/workbook-port';
import { RunCancelled, RunProgress } from '../components/RunProgress';
import { FindingsStep } from '../steps/FindingsStep';
import { ImpactStep } from '../steps/ImpactStep';
import { MappingStep } from '../steps/MappingStep';
import { ReportStep } from '../steps/ReportStep';
import { SourcesStep } from '../steps/SourcesStep';
import type { TaskpaneActions, TaskpaneState } from './state/use-taskpane';
import { STEPS, type StepId } from './steps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', color: tokens.colorNeutralForeground1 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { padding: `0 ${tokens.spacingHorizontalXXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  // Five steps must fit a 320-350px taskpane on one line: the tabs share the width, with the
  // least padding that keeps the selection bar under each label.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    minWidth: 0,
    flexShrink: 0,
    // Below 340 px (Excel's narrowest taskpane is 320) the labels take the next smaller size.
    '@media (max-width: 339px)': { '& span': { fontSize: tokens.fontSizeBase200 } },
  },
  tabList: { flexWrap: 'nowrap', justifyContent: 'space-between' },
  panel: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  centre: { padding: tokens.spacingVerticalXXL },
});

interface ShellProps {
  readonly port: WorkbookPort;
  readonly state: TaskpaneState & TaskpaneActions;
}

/** Header, step tabs and the current step; loading and load-error states of the whole pane. */
export function Shell({ port, state }: ShellProps) {
  const styles = useStyles();
  const [step, setStep] = useState<StepId>('sources');
  const current = STEPS.find((s) => s.id === step) ?? STEPS[0];
  const busy = state.running || state.readingFiles > 0;
  // Says when a run's result is on screen (the browser tests and the benchmark wait for it).
  const runState = state.phase === 'ready' && !busy && state.run ? 'done' : 'busy';

  return (
    <div className={styles.root} data-run={runState}>
      <header className={styles.header}>
        <h1 className={styles.title}>Throughline</h1>
        <Text size={200}>{state.host ? `${state.host.workbookName} · ${state.host.host === 'in-memory' ? 'browser demo' : state.host.host}` : 'Connecting to the workbook'}</Text>
      </header>
      {state.host && state.host.missingRequirements.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>This version of Excel lacks some features</MessageBarTitle>
            Missing: {state.host.missingRequirements.join(', ')}, so Throughline cannot read this workbook or write the report into it.
            Add department files to check them (findings, impact and a report as a new workbook still work), or use Excel on the web.
          </MessageBarBody>
        </MessageBar>
      )}
      <nav aria-label="Steps" className={styles.tabs}>
        <TabList className={styles.tabList} selectedValue={step} onTabSelect={(_, d) => setStep(d.value as StepId)} size="small">
          {STEPS.map((s, i) => (
            <Tab key={s.id} className={styles.tab} value={s.id} id={`tab-${s.id}`} aria-controls={`panel-${s.id}`} aria-label={`Step ${i + 1}: ${s.label}`} title={s.hint}>
              {s.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main>
        <div id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} className={styles.panel}>
        {state.phase === 'loading' && (
          <div className={styles.centre}>
            <Spinner label="Reading this workbook…" />
          </div>
        )}
        {state.phase === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>The workbook could not be read</MessageBarTitle>
              {state.loadError}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={state.reload}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {busy && <RunProgress stage={state.stage} reading={state.readingFiles > 0} onCancel={state.cancelRun} inWorker={state.pipeline.inWorker} />}
        {state.cancelled && <RunCancelled onRunAgain={state.runAgain} />}
        {state.saveError && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>Your change is not saved in the workbook</MessageBarTitle>
              {state.saveError}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'ready' && step === 'sources' && <SourcesStep state={state} />}
        {state.phase === 'ready' && step === 'mapping' && <MappingStep state={state} />}
        {state.phase === 'ready' && step === 'findings' && <FindingsStep state={state} port={port} />}
        {state.phase === 'ready' && step === 'impact' && <ImpactStep state={state} />}
        {state.phase === 'ready' && step === 'report' && <ReportStep state={state} port={port} />}
        </div>
      </main>
    </div>
  );
}
