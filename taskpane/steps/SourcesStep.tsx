import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef } from 'react';
import type { DetectedTable } from '../../src/core/types';
import { ownValue } from '../../src/core/util/own';
import type { SourceInfo, TaskpaneActions, TaskpaneState } from '../app/state/use-taskpane';
import { withDepartment, withTableDepartment, withTableIncluded } from '../app/state/settings';
import { DateReadingFields } from '../components/DateReadingFields';
import { useRevealed } from '../app/state/use-revealed';
import { EmptyState } from '../components/EmptyState';
import { FileDropZone } from '../components/FileDropZone';
import { RunFailed } from '../components/RunFailed';
import { SourceCard } from '../components/SourceCard';
import { StepHeading } from '../components/StepHeading';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const NO_TABLES: readonly DetectedTable[] = [];
const CARDS_PER_TASK = 4;

function describeSource(source: SourceInfo, tables: readonly DetectedTable[]): string {
  const recognised = tables.filter((t) => t.kind).length;
  const sheets = `${source.sheetCount} sheet${source.sheetCount === 1 ? '' : 's'}`;
  return `${sheets}, ${recognised} table${recognised === 1 ? '' : 's'} recognised`;
}

/** Step 1: which tables of this workbook and which department files are read. */
export function SourcesStep({ state }: { readonly state: TaskpaneState & TaskpaneActions }) {
  const styles = useStyles();
  const { settings } = state;
  // The cards' callbacks read the latest state through a ref, so they stay the same functions
  // and a memoised card renders only when its own props change.
  const latest = useRef(state);
  latest.current = state;
  const onIncludedChange = useCallback((key: string, inc: boolean) => latest.current.updateSettings(withTableIncluded(latest.current.settings, key, inc)), []);
  const onDepartment = useCallback((source: string, d: string) => latest.current.updateSettings(withDepartment(latest.current.settings, source, d)), []);
  const onTableDepartment = useCallback((key: string, d: string) => latest.current.updateSettings((s) => withTableDepartment(s, key, d)), []);
  const onRemove = useCallback((source: string) => latest.current.removeFile(source), []);
  const detected = state.detected;
  const bySource = useMemo(() => {
    const out = new Map<string, DetectedTable[]>();
    if (detected?.ok) for (const t of detected.value) out.set(t.source, [...(out.get(t.source) ?? []), t]);
    return out;
  }, [detected]);
  // The cards of added files a few at a time (the drop of a whole portfolio is twenty).
  const revealed = useRevealed(detected?.ok ? state.files.length : 0, CARDS_PER_TASK);
  const heading = (
    <StepHeading title="Sources" hint="Throughline reads the tables it recognises. Untick any you want left out, and say which department each source, or each table, speaks for." />
  );
  // Until the worker has found the tables, the progress above says what it is doing.
  if (!state.detected) return heading;
  if (!state.detected.ok) return <RunFailed message={state.detected.message} />;
  const tables = state.detected.value;
  const card = (source: SourceInfo, removable: boolean) => {
    const own = bySource.get(source.name) ?? NO_TABLES;
    return (
      <SourceCard
        key={source.name}
        name={source.name}
        description={describeSource(source, own)}
        tables={own}
        excluded={settings.excludedTables}
        department={ownValue(settings.sourceDepartments, source.name) ?? ''}
        inferredDepartment={own.find((t) => t.department)?.department}
        onIncludedChange={onIncludedChange}
        onDepartment={onDepartment}
        mappings={settings.mappings}
        onTableDepartment={onTableDepartment}
        {...(removable ? { onRemove } : {})}
      />
    );
  };

  return (
    <div className={styles.stack}>
      {heading}
      {!tables.some((t) => t.kind) && (
        <EmptyState title="No sheets found that Throughline can read">
          Throughline looks for a header row with columns such as ID, Name, Status and Due. Add a department workbook
          below, or check the headers in your sheets.
        </EmptyState>
      )}
      <section className={styles.stack} aria-labelledby="this-workbook">
        <h3 id="this-workbook" className={styles.sub}>
          This workbook
        </h3>
        {state.workbook && card({ name: state.workbook.name, sheetCount: state.workbook.sheets.length }, false)}
      </section>
      <section className={styles.stack} aria-labelledby="department-files">
        <h3 id="department-files" className={styles.sub}>
          Department files
        </h3>
        <FileDropZone onFiles={(f) => void state.addFiles(f)} busy={state.readingFiles} />
        {state.fileProblems.map((p) => (
          <MessageBar key={p.fileName} intent="error">
            <MessageBarBody>
              <MessageBarTitle>{`${p.fileName} could not be read`}</MessageBarTitle>
              {p.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => state.dismissFileProblem(p.fileName)} aria-label={`Dismiss the message about ${p.fileName}`}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        ))}
        {state.files.slice(0, revealed).map((f) => card(f, true))}
      </section>
      <section className={styles.stack} aria-labelledby="reading-dates">
        <h3 id="reading-dates" className={styles.sub}>
          Reading dates
        </h3>
        <DateReadingFields
          dateOrder={settings.dateOrder}
          fiscalYearStart={settings.fiscalYearStart}
          onDateOrder={(dateOrder) => state.updateSettings((s) => ({ ...s, dateOrder }))}
          onFiscalYearStart={(month) => state.updateSettings(({ fiscalYearStart: _previous, ...rest }) => (month === undefined ? rest : { ...rest, fiscalYearStart: month }))}
        />
      </section>
    </div>
  );
}
