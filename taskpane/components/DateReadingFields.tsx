import { Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { DateOrder } from '../../src/core/types';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fluent's Dropdown is at least 250px wide; in a taskpane column it must shrink.
  dropdown: { minWidth: 0, width: '100%' },
});

const ORDERS: ReadonlyArray<{ value: DateOrder; text: string }> = [
  { value: 'dmy', text: 'Day first (03/04/2026 is 3 April)' },
  { value: 'mdy', text: 'Month first (03/04/2026 is 4 March)' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** No month chosen: the core's own default, January, or April for a split year such as 2026/27. */
const AUTOMATIC = 'auto';
const AUTOMATIC_TEXT = 'Not set (January; April for 2026/27)';

interface DateReadingFieldsProps {
  /** Absent: day first, the core's default. */
  readonly dateOrder: DateOrder | undefined;
  /** 1-12, absent when not set. */
  readonly fiscalYearStart: number | undefined;
  readonly onDateOrder: (order: DateOrder) => void;
  /** undefined: not set. */
  readonly onFiscalYearStart: (month: number | undefined) => void;
}

/**
 * How the sources' dates are read (RunOptions.dateOrder, RunOptions.fiscalYearStart; the CLI's
 * --date-order and --fiscal-year-start): saved with the workbook's settings.
 */
export function DateReadingFields({ dateOrder, fiscalYearStart, onDateOrder, onFiscalYearStart }: DateReadingFieldsProps) {
  const styles = useStyles();
  const order = ORDERS.find((o) => o.value === (dateOrder ?? 'dmy'))!;
  const month = fiscalYearStart === undefined ? undefined : MONTHS[fiscalYearStart - 1];
  return (
    <div className={styles.stack}>
      <Field label="Dates such as 03/04/2026" hint="Used where a table's own dates leave the order open; each such date is still listed as a finding." size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={order.text}
          selectedOptions={[order.value]}
          onOptionSelect={(_, d) => {
            if ((d.optionValue === 'dmy' || d.optionValue === 'mdy') && d.optionValue !== order.value) onDateOrder(d.optionValue);
          }}
        >
          {ORDERS.map((o) => (
            <Option key={o.value} value={o.value} text={o.text}>
              {o.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Fiscal year starts in" hint={'For periods such as "Q2 FY27" or "FY2026-27".'} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={month ?? AUTOMATIC_TEXT}
          selectedOptions={[fiscalYearStart === undefined ? AUTOMATIC : String(fiscalYearStart)]}
          onOptionSelect={(_, d) => {
            const next = d.optionValue === AUTOMATIC || d.optionValue === undefined ? undefined : Number(d.optionValue);
            if (next !== fiscalYearStart) onFiscalYearStart(next);
          }}
        >
          <Option key={AUTOMATIC} value={AUTOMATIC} text={AUTOMATIC_TEXT}>
            {AUTOMATIC_TEXT}
          </Option>
          {MONTHS.map((m, i) => (
            <Option key={m} value={String(i + 1)} text={m}>
              {m}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
