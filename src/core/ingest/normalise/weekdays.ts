/** "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday" is 68 characters. */
const MAX_WEEKDAYS_TEXT = 120;

/**
 * Working weekdays as people write them: "Mon-Fri", "Sun–Thu", "Monday to Friday", "Sat - Wed"
 * (a range wraps round the week), "Mon, Tue, Thu", "Mon-Thu, Sat", "Mo-Fr", "7 days", "all week".
 * 0 = Sunday .. 6 = Saturday, sorted, each once; undefined when the text is not such a list.
 */
export function parseWeekdays(text: string): number[] | undefined {
  // No list of weekdays runs past a few dozen characters; a 4 MB name must not reach the patterns (their backtracking overflows the stack).
  if (text.length > MAX_WEEKDAYS_TEXT) return undefined;
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (t === '') return undefined;
  if (/^(?:7 days?(?: a week)?|seven days?(?: a week)?|all week|every day|daily|mon(?:day)?\s*(?:-|–|—|to|through|thru)\s*sun(?:day)?)$/.test(t)) return [0, 1, 2, 3, 4, 5, 6];
  const days = new Set<number>();
  for (const part of t.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/)) {
    if (part === '') continue;
    const range = /^([a-z]+)\.?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*([a-z]+)\.?$/.exec(part);
    if (range) {
      const from = weekdayOf(range[1]!);
      const to = weekdayOf(range[2]!);
      if (from === undefined || to === undefined) return undefined;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
      continue;
    }
    const words = part.split(/\s+/);
    for (const w of words) {
      const d = weekdayOf(w.replace(/\.$/, ''));
      if (d === undefined) return undefined;
      days.add(d);
    }
  }
  return days.size === 0 ? undefined : [...days].sort((a, b) => a - b);
}

const NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'su'],
  ['monday', 'mon', 'mo'],
  ['tuesday', 'tue', 'tues', 'tu'],
  ['wednesday', 'wed', 'we'],
  ['thursday', 'thu', 'thur', 'thurs', 'th'],
  ['friday', 'fri', 'fr'],
  ['saturday', 'sat', 'sa'],
];

function weekdayOf(word: string): number | undefined {
  const i = NAMES.findIndex((names) => names.includes(word));
  return i < 0 ? undefined : i;
}
