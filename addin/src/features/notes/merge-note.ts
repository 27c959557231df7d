/**
 * A private note was saved from another window while this one had unsaved text (a 412). Decides
 * what this window's draft becomes: merged without asking where that is safe, or a choice for the
 * person when both sides rewrote the same text.
 */
export type NoteMerge = { kind: 'merged'; text: string } | { kind: 'choose'; mine: string; theirs: string };

export function mergeNoteDraft(base: string, mine: string, theirs: string): NoteMerge {
  if (theirs === base || theirs === mine) return { kind: 'merged', text: mine };
  if (mine === base) return { kind: 'merged', text: theirs };
  // Both only added at the end (the common case for notes typed during a meeting): keep both additions.
  if (mine.startsWith(base) && theirs.startsWith(base)) {
    const added = mine.slice(base.length).replace(/^\s+/, '');
    if (theirs.endsWith(added)) return { kind: 'merged', text: theirs };
    const separator = theirs === '' || theirs.endsWith('\n') ? '' : '\n';
    return { kind: 'merged', text: theirs + separator + added };
  }
  return { kind: 'choose', mine, theirs };
}
