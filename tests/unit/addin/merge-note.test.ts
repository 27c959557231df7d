import { describe, expect, it } from 'vitest';
import { mergeNoteDraft } from '../../../addin/src/features/notes/merge-note';

describe('mergeNoteDraft, after a note was saved from another window', () => {
  it('keeps my draft when the other window saved nothing new', () => {
    expect(mergeNoteDraft('a', 'a b', 'a')).toEqual({ kind: 'merged', text: 'a b' });
  });

  it('takes their text when I had not changed anything', () => {
    expect(mergeNoteDraft('a', 'a', 'a and theirs')).toEqual({ kind: 'merged', text: 'a and theirs' });
  });

  it('keeps both additions when both windows only added at the end', () => {
    expect(mergeNoteDraft('Agenda\n', 'Agenda\nmine', 'Agenda\ntheirs')).toEqual({
      kind: 'merged',
      text: 'Agenda\ntheirs\nmine',
    });
  });

  it('keeps both when both started from an empty note', () => {
    expect(mergeNoteDraft('', 'mine', 'theirs')).toEqual({ kind: 'merged', text: 'theirs\nmine' });
  });

  it('does not repeat my addition when theirs already ends with it', () => {
    expect(mergeNoteDraft('x', 'x more', 'x\nmore')).toEqual({ kind: 'merged', text: 'x\nmore' });
  });

  it('asks the person when both rewrote the same text', () => {
    expect(mergeNoteDraft('draft one', 'my rewrite', 'their rewrite')).toEqual({
      kind: 'choose',
      mine: 'my rewrite',
      theirs: 'their rewrite',
    });
  });
});
