import { Dropdown, Field, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { RawSource } from '../../src/core/types';
import type { HolidaySettings } from '../../src/port/workbook-port';
import type { TaskpaneHolidays } from '../app/state/holidays';

interface HolidaysFieldProps {
  readonly workbook: RawSource | undefined;
  readonly value: HolidaySettings | undefined;
  readonly read: TaskpaneHolidays;
  /** `how`: a sheet or table picked, or the dates typed (a keystroke: the owner may wait for the typing to stop). */
  readonly onChange: (next: HolidaySettings | undefined, how: 'picked' | 'typed') => void;
  /** The field lost focus (what was typed may be committed now). */
  readonly onBlur?: () => void;
}

const useStyles = makeStyles({
  // Fluent's Dropdown is at least 250px wide; in a taskpane column it must shrink.
  dropdown: { minWidth: 0, width: '100%' },
  pasted: { marginTop: tokens.spacingVerticalS },
});

const NONE = '';

/** "sheet:Holidays" / "table:tlHolidays": one option list for both. */
function pickOf(value: HolidaySettings | undefined): string {
  if (value?.table !== undefined) return `table:${value.table}`;
  if (value?.sheet !== undefined) return `sheet:${value.sheet}`;
  return NONE;
}

function pickText(pick: string): string {
  if (pick === NONE) return 'None';
  return pick.startsWith('table:') ? `Table ${pick.slice(6)}` : `Sheet ${pick.slice(6)}`;
}

/** What the field says under it: how many days off were read, and every entry that was not. */
function message(read: TaskpaneHolidays): { text: string; state: 'none' | 'warning' } {
  const parts: string[] = [];
  if (read.missing !== undefined) parts.push(`"${read.missing}" is not in this workbook any more.`);
  if (read.unread.length > 0) parts.push(`Not a date, not used: ${read.unread.join(', ')}.`);
  const count = read.days.length === 1 ? '1 day off' : `${read.days.length} days off`;
  if (parts.length === 0) return { text: read.days.length === 0 ? 'No work is scheduled on days off listed here (Mon-Fri otherwise).' : `${count}: no work is scheduled on them.`, state: 'none' };
  return { text: `${count} read. ${parts.join(' ')}`, state: 'warning' };
}

/**
 * The Report step's days off (bank holidays, shutdowns): a sheet or Excel table of the workbook
 * whose first date column lists them, and dates pasted, one a line. Saved with the settings;
 * the run's calendar skips them, as --holidays does on the command line.
 */
export function HolidaysField({ workbook, value, read, onChange, onBlur }: HolidaysFieldProps) {
  const styles = useStyles();
  const picks = [NONE, ...(workbook?.sheets.map((s) => `sheet:${s.name}`) ?? []), ...(workbook?.sheets.flatMap((s) => (s.tables ?? []).map((t) => `table:${t.name}`)) ?? [])];
  const current = pickOf(value);
  const update = (next: HolidaySettings, how: 'picked' | 'typed'): void => {
    const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '')) as HolidaySettings;
    onChange(Object.keys(kept).length === 0 ? undefined : kept, how);
  };
  const shown = message(read);
  return (
    <Field label="Holidays (days off)" validationMessage={shown.text} validationState={shown.state}>
      <Dropdown
        className={styles.dropdown}
        aria-label="Holidays from a sheet or table"
        value={pickText(current)}
        selectedOptions={[current]}
        onOptionSelect={(_, d) => {
          const pick = d.optionValue ?? NONE;
          const { sheet: _s, table: _t, ...rest } = value ?? {};
          update(pick.startsWith('table:') ? { ...rest, table: pick.slice(6) } : pick.startsWith('sheet:') ? { ...rest, sheet: pick.slice(6) } : rest, 'picked');
        }}
      >
        {picks.map((p) => (
          <Option key={p} value={p}>
            {pickText(p)}
          </Option>
        ))}
      </Dropdown>
      <Textarea
        className={styles.pasted}
        textarea={{ rows: 3 }}
        aria-label="Holidays pasted, one a line"
        placeholder={'Or paste dates, one a line:\n2026-04-03 Good Friday'}
        value={value?.pasted ?? ''}
        resize="vertical"
        onChange={(_, d) => update({ ...value, pasted: d.value }, 'typed')}
        onBlur={onBlur}
      />
    </Field>
  );
}
