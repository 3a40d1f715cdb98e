import type { RawSource } from '../../../../src/core/types';
import { dayFromIso } from '../../../../src/core/util/days';
import { readTaskpaneHolidays } from '../../../../taskpane/app/state/holidays';
import { parseSettings, serialiseSettings } from '../../../../src/office/settings';
import { EMPTY_SETTINGS } from '../../../../taskpane/app/state/settings';

const d = (iso: string): number => dayFromIso(iso)!;
// 46115 is the Excel serial of 2026-04-03 (46023 = 2026-01-01, + 92 days).
const workbook: RawSource = {
  name: 'Programme.xlsx',
  origin: 'workbook',
  dateSystem: 1900,
  sheets: [
    { name: 'Plan', origin: { row: 0, col: 0 }, values: [['ID', 'Name'], ['A-1', 'x']] },
    {
      name: 'Lists',
      origin: { row: 0, col: 0 },
      // An Excel table tlDaysOff at D1:E3 beside other cells; its dates are numbers formatted as dates.
      values: [['Colour', null, null, 'Day off', 'Why'], ['Red', null, null, 46115, 'Good Friday'], ['Blue', null, null, 'Easter?', 'Easter Monday']],
      numberFormats: [[null, null, null, null, null], [null, null, null, 'yyyy-mm-dd', null], [null, null, null, null, null]],
      tables: [{ name: 'tlDaysOff', range: { top: 0, left: 3, bottom: 2, right: 4 } }],
    },
  ],
};

describe('the Report step’s holidays', () => {
  it('reads an Excel table of the workbook, saying which cell is not a date', () => {
    expect(readTaskpaneHolidays({ table: 'tlDaysOff' }, workbook, 'dmy')).toEqual({ days: [d('2026-04-03')], unread: ['Lists!D3 "Easter?"'] });
  });

  it('reads pasted lines, cells from Excel or a date and its name, and names the line it cannot read', () => {
    const pasted = '2026-04-03 Good Friday\n06/04/2026\tEaster Monday\n\n25 December 2026; Christmas Day\nBoxing Day';
    expect(readTaskpaneHolidays({ pasted }, undefined, 'dmy')).toEqual({ days: [d('2026-04-03'), d('2026-04-06'), d('2026-12-25')], unread: ['line 5 "Boxing Day"'] });
  });

  it('says when the chosen sheet is no longer in the workbook', () => {
    expect(readTaskpaneHolidays({ sheet: 'Old holidays' }, workbook, 'dmy')).toEqual({ days: [], unread: [], missing: 'Old holidays' });
  });

  it('is saved with the other settings, its malformed parts dropped', () => {
    const saved = parseSettings(serialiseSettings({ ...EMPTY_SETTINGS, holidays: { table: 'tlDaysOff', pasted: '2026-04-03' } }));
    expect(saved?.holidays).toEqual({ table: 'tlDaysOff', pasted: '2026-04-03' });
    expect(parseSettings(JSON.stringify({ version: 1, holidays: { sheet: 7, pasted: '2026-04-03' } }))?.holidays).toEqual({ pasted: '2026-04-03' });
    expect(parseSettings(JSON.stringify({ version: 1, holidays: 'x' }))?.holidays).toBeUndefined();
  });
});
