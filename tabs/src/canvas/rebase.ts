/**
 * What a field should read after the server replaced its text document (compaction) while this
 * tab had typing in it that the server did not have yet: `theirs` (the new document's text) with
 * this tab's change from `base` to `mine` made again. The change is taken as one replaced
 * stretch (the longest common start and end of base and mine), placed by the text around it in
 * `theirs`; when that text moved, at the same distance from the end.
 */
export function rebaseText(base: string, mine: string, theirs: string): string {
  if (base === mine) return theirs;
  if (base === theirs) return mine;
  const limit = Math.min(base.length, mine.length);
  let start = 0;
  while (start < limit && base.charCodeAt(start) === mine.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && base.charCodeAt(base.length - 1 - end) === mine.charCodeAt(mine.length - 1 - end)) end++;
  const inserted = mine.slice(start, mine.length - end);
  const removed = base.slice(start, base.length - end);
  const before = base.slice(0, start);
  const at = theirs.startsWith(before) ? start : Math.max(0, theirs.length - (base.length - start));
  const stillThere = theirs.slice(at, at + removed.length) === removed;
  return theirs.slice(0, at) + inserted + theirs.slice(stillThere ? at + removed.length : at);
}
