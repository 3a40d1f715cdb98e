/**
 * User text as a message quotes it: at most `max` characters, cut with an ellipsis (never inside
 * a surrogate pair). A 4 MB cell or name quoted in full made a run's messages 17 MB; the cell
 * itself is named by the finding, where the whole text can be read.
 */
export function shortText(s: string, max = 80): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
