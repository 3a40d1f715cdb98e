import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  SpinButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { REPORT_SHEETS, reportBaseName } from '../../src/core/report';
import { DEFAULT_CADENCE_DAYS } from '../../src/core/types';
import { dayFromIso, isoFromDay } from '../../src/core/util/days';
import type { HolidaySettings, WorkbookPort } from '../../src/port/workbook-port';
import { readPreviousReport } from '../app/previous-report';
import { STAGES } from '../app/present/stage-labels';
import { CancelledError, base64Text } from '../run/pipeline-client';
import { useDraft } from '../app/state/use-draft';
import type { TaskpaneActions, TaskpaneState } from '../app/state/use-taskpane';
import { HolidaysField } from '../components/HolidaysField';
import { RunFailed } from '../components/RunFailed';
import { StepHeading } from '../components/StepHeading';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
});

type Target = 'sheets' | 'new-workbook';
type Progress =
  | { readonly phase: 'idle' }
  /** `cancellable` while the worker builds; writing into the workbook is all or nothing and runs to its end. */
  | { readonly phase: 'working'; readonly label: string; readonly cancellable: boolean }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'done'; readonly target: Target; readonly sheets: readonly string[] }
  | { readonly phase: 'failed'; readonly message: string };

interface ReportStepProps {
  readonly state: TaskpaneState & TaskpaneActions;
  readonly port: WorkbookPort;
}

/** Step 5: as-of date, review cadence, holidays and target; write the summary and go to it. */
export function ReportStep({ state, port }: ReportStepProps) {
  const styles = useStyles();
  const { settings } = state;
  const [asOfText, setAsOfText] = useState(isoFromDay(state.asOf));
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const target: Target = settings.reportTarget ?? 'sheets';
  // The cadence and the days off are run inputs: typed values are committed once the typing
  // stops (use-draft.ts), not on every keystroke or step, and each commit merges into the latest settings.
  const cadence = useDraft(settings.cadenceDays ?? DEFAULT_CADENCE_DAYS, (cadenceDays: number) => state.updateSettings((s) => ({ ...s, cadenceDays })));
  const holidays = useDraft(settings.holidays, (next: HolidaySettings | undefined) =>
    state.updateSettings(({ holidays: _previous, ...rest }) => (next === undefined ? rest : { ...rest, holidays: next })),
  );
  const asOfValid = dayFromIso(asOfText) !== undefined;
  const run = state.run;
  // After a cancelled report the snapshot read for it is still held: the retry does not read it again.
  const retrying = useRef(false);

  const generate = async () => {
    if (!run?.ok) return;
    try {
      setProgress({ phase: 'working', label: 'Reading the last report of this workbook…', cancellable: false });
      // The workbook's own snapshot when it has one; else the worker compares with the last report of this session.
      const previous = retrying.current ? state.pipeline.heldPrevious() : await readPreviousReport(port);
      retrying.current = false;
      const built = await state.pipeline.report(target === 'sheets' ? 'document' : 'xlsx', previous, settings, (stage) =>
        setProgress({ phase: 'working', label: STAGES[stage].label, cancellable: true }),
      );
      if ('doc' in built) {
        setProgress({ phase: 'working', label: 'Writing report sheets into this workbook…', cancellable: false });
        const written = await port.writeReport(built.doc);
        state.pipeline.reportKept();
        // Cut in the worker to what the workbook's settings hold beside the rest.
        state.updateSettings((s) => ({ ...s, ...built.recorded }));
        setProgress({ phase: 'done', target, sheets: written.sheetsWritten });
      } else {
        setProgress({ phase: 'working', label: 'Creating the summary workbook…', cancellable: false });
        // The string is made here, a part per task (95 MB at 100,000 initiatives).
        await port.openAsNewWorkbook(await base64Text(built.xlsx));
        state.pipeline.reportKept();
        // No snapshot stays in this workbook: its settings keep the findings' life for the next review.
        state.updateSettings((s) => ({ ...s, ...built.recorded }));
        setProgress({ phase: 'done', target, sheets: [] });
      }
    } catch (e) {
      if (e instanceof CancelledError) {
        // The user's Cancel has said so already; a newer run that stopped this report has not.
        setProgress((p) => (p.phase === 'working' ? { phase: 'failed', message: 'The inputs changed while the report was being made. Generate it again.' } : p));
        return;
      }
      setProgress({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const cancel = () => {
    // Stopping the worker loses the run it held: run again so the other steps stay current.
    state.pipeline.cancel();
    retrying.current = true;
    setProgress({ phase: 'cancelled' });
    state.runAgain();
  };

  return (
    <div className={styles.stack}>
      <StepHeading title="Report" hint="Write the one-minute summary for executives, as of a date you choose." />
      <Field
        label="As of"
        validationState={asOfValid ? 'none' : 'error'}
        validationMessage={asOfValid ? 'Overdue, stale and forecast are judged against this date.' : 'Enter a date as YYYY-MM-DD.'}
      >
        <Input
          type="date"
          value={asOfText}
          onChange={(_, d) => {
            setAsOfText(d.value);
            const day = dayFromIso(d.value);
            if (day !== undefined) state.setAsOf(day);
          }}
        />
      </Field>
      <Field label="Review cadence (days)" hint="A status older than this is stale.">
        <SpinButton
          min={1}
          max={365}
          value={cadence.value}
          onChange={(_, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next) && next >= 1 && next <= 365) cadence.change(next);
          }}
          onBlur={cadence.flush}
        />
      </Field>
      <HolidaysField
        workbook={state.workbook}
        value={holidays.value}
        read={state.holidays}
        onChange={(next, how) => {
          holidays.change(next);
          // A sheet or table picked is one choice, not typing: it is committed at once.
          if (how === 'picked') holidays.flush();
        }}
        onBlur={holidays.flush}
      />
      <Field label="Put the summary">
        <RadioGroup value={target} onChange={(_, d) => state.updateSettings((s) => ({ ...s, reportTarget: d.value as Target }))}>
          <Radio value="sheets" label="In report sheets of this workbook" />
          <Radio value="new-workbook" label="In a new workbook" />
        </RadioGroup>
      </Field>
      {run && !run.ok && <RunFailed message={run.message} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!run?.ok || !asOfValid || progress.phase === 'working' || state.running || cadence.pending || holidays.pending} onClick={() => void generate()}>
          Generate report
        </Button>
      </div>
      {progress.phase === 'working' && (
        <div className={styles.actions}>
          <Field className={styles.grow} validationMessage={progress.label} validationState="none">
            <ProgressBar aria-label={progress.label} />
          </Field>
          {progress.cancellable && (
            <Button size="small" onClick={cancel}>
              Cancel
            </Button>
          )}
        </div>
      )}
      {progress.phase === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Report cancelled</MessageBarTitle>
            Nothing was written to the workbook.
          </MessageBarBody>
        </MessageBar>
      )}
      {progress.phase === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>The summary is ready</MessageBarTitle>
            {progress.target === 'sheets'
              ? `Wrote ${progress.sheets.filter((s) => reportBaseName(s) !== REPORT_SHEETS.snapshot).join(', ')}.`
              : 'It opened as a new workbook.'}
          </MessageBarBody>
          {progress.target === 'sheets' && (
            <MessageBarActions>
              {/* The Summary's name as written: "Summary (Throughline)" beside a user sheet called Summary. */}
              <Button onClick={() => void port.activateSheet(progress.sheets.find((s) => reportBaseName(s) === REPORT_SHEETS.summary) ?? REPORT_SHEETS.summary)}>
                Go to Summary
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {progress.phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The report was not written</MessageBarTitle>
            {progress.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
