/**
 * parseDependencyCell's lags in Microsoft Project's duration units (m/min/mins, h/hr/hrs/hour(s),
 * d/day(s), w/wk(s)/week(s), mo/mon/mons/month(s), "e" for elapsed) and its percent lags. Working
 * days worked out by hand: 8-hour days, 20-day months, kept to a hundredth (each link rounds a part
 * day as its type asks: model/link-constraint.ts wholeLag); elapsed time x working days per week / 7,
 * rounded to whole days with Math.round (0.5 up, -0.5 to 0).
 */
import { parseDependencyCell } from '../../../../src/core/ingest/normalise/dependency';

const lagOf = (text: string, workingDaysPerWeek = 5): number[] => {
  const parsed = parseDependencyCell(text, { workingDaysPerWeek });
  expect(parsed.unreadable).toEqual([]);
  return parsed.links.map((l) => l.lagDays);
};

describe('lags in Microsoft Project units, as working days', () => {
  it.each([
    ['3FS+4 hrs', 0.5], // 4 / 8 (was read as 4 days with "hrs" unread)
    ['3FS+16 hrs', 2],
    ['3FS+4h', 0.5],
    ['3FS+12h', 1.5],
    ['3FS+8 hr', 1],
    ['3FS+24 hours', 3],
    ['3FS+1 hour', 0.13], // 0.125, to a hundredth
    ['3FS+960 mins', 2], // 960 / 480
    ['3FS+480m', 1],
    ['3FS+240 min', 0.5],
    ['3FS+1 minute', 0],
    ['3FS+2d', 2],
    ['3FS+2 days', 2],
    ['3FS+1w', 5],
    ['3FS+2 wks', 10],
    ['3FS+1 week', 5],
    ['3FS+1 mo', 20],
    ['3FS+2 mons', 40],
    ['3FS+1mon', 20],
    ['3FS+3 months', 60],
    ['3FS+3 edays', 2], // 3 x 5 / 7 = 2.14
    ['3FS+7ed', 5],
    ['3FS+1 eday', 1], // 0.71
    ['3FS+2ew', 10], // 14 elapsed days x 5 / 7
    ['3FS+1 eweek', 5],
    ['3FS+24 ehrs', 1], // one elapsed day, 0.71
    ['3FS+1440 emins', 1],
    ['3FS+1 emo', 21], // 30 elapsed days x 5 / 7 = 21.43
    ['3FS-16h', -2],
    ['3FS-1 mo', -20],
    ['3SS+4 HRS', 0.5],
  ])('%s is %d working days', (text, days) => {
    expect(lagOf(text)).toEqual([days]);
  });

  it('keeps the id, the link type and the other links of the cell', () => {
    expect(parseDependencyCell('3FS+4 hrs; 5SS+1 mo, FIN-2 FF-2 edays')).toEqual({
      links: [
        { id: '3', type: 'FS', lagDays: 0.5 },
        { id: '5', type: 'SS', lagDays: 20 },
        { id: 'FIN-2', type: 'FF', lagDays: -1 }, // -2 x 5 / 7 = -1.43
      ],
      unreadable: [],
    });
  });

  it('weeks and elapsed time follow the working days per week', () => {
    expect(lagOf('3FS+2 wks', 4)).toEqual([8]);
    expect(lagOf('3FS+3 edays', 6)).toEqual([3]); // 18 / 7 = 2.57
    expect(lagOf('3FS+7ed', 6)).toEqual([6]);
    expect(lagOf('3FS+1 mo', 6)).toEqual([20]); // months are 20 working days whatever the week
    expect(lagOf('3FS+16h', 6)).toEqual([2]);
  });

  it('one-letter names that are also units ("M", "H") still read as names', () => {
    expect(parseDependencyCell('M; H')).toEqual({
      links: [
        { id: 'M', name: 'M', type: 'FS', lagDays: 0 },
        { id: 'H', name: 'H', type: 'FS', lagDays: 0 },
      ],
      unreadable: [],
    });
  });
});

describe('percent lags (% of the predecessor duration): the link is read with no lag, the lag is unreadable', () => {
  it.each([
    ['3FS+50%', '3', 'FS', '+50%'],
    ['7FS20%', '7', 'FS', '20%'],
    ['4SS-25%', '4', 'SS', '-25%'],
    ['FIN-2 FF+50%', 'FIN-2', 'FF', '+50%'],
    ['FIN-2 +10%', 'FIN-2', 'FS', '+10%'],
    ['FIN-2 SS 30%', 'FIN-2', 'SS', '30%'],
  ])('%s', (text, id, type, lag) => {
    expect(parseDependencyCell(text)).toEqual({ links: [{ id, type, lagDays: 0 }], unreadable: [lag], percentLags: [lag] });
  });

  it('a percent beside a link with a readable lag is only that piece', () => {
    expect(parseDependencyCell('3FS+50%, 4SS+2d')).toEqual({
      links: [
        { id: '3', type: 'FS', lagDays: 0 },
        { id: '4', type: 'SS', lagDays: 2 },
      ],
      unreadable: ['+50%'],
      percentLags: ['+50%'],
    });
  });
});

describe("German Project's link types and lag units", () => {
  const numbered = { workingDaysPerWeek: 5, numericIds: true };
  const read = (text: string) => parseDependencyCell(text, numbered);

  it('reads EA as FS, AA as SS, EE as FF, AE as SF glued to a task number, with Tage, Wochen and Std. lags', () => {
    expect(read('2EA+2 Tage')).toEqual({ links: [{ id: '2', type: 'FS', lagDays: 2 }], unreadable: [] });
    // ";" is the German list separator; 3 working days, then task 3 finish-to-start.
    expect(read('4AA+3 Tage;3EA')).toEqual({
      links: [
        { id: '4', type: 'SS', lagDays: 3 },
        { id: '3', type: 'FS', lagDays: 0 },
      ],
      unreadable: [],
    });
    expect(read('5EE')).toEqual({ links: [{ id: '5', type: 'FF', lagDays: 0 }], unreadable: [] });
    // -1 Woche is a lead of 5 working days; 16 Std. is 2 days of 8 hours.
    expect(read('6AE-1 Woche')).toEqual({ links: [{ id: '6', type: 'SF', lagDays: -5 }], unreadable: [] });
    expect(read('7EA+16 Std.')).toEqual({ links: [{ id: '7', type: 'FS', lagDays: 2 }], unreadable: [] });
    expect(read('7EA+2Wochen')).toEqual({ links: [{ id: '7', type: 'FS', lagDays: 10 }], unreadable: [] });
  });

  it('only where the ids are task numbers: elsewhere "12AE" may be an id, and is not split', () => {
    expect(parseDependencyCell('12AE', { workingDaysPerWeek: 5 })).toEqual({ links: [{ id: '12AE', type: 'FS', lagDays: 0 }], unreadable: [] });
  });
});
