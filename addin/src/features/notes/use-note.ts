import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../../api/api-client';
import { fetchNote, putNote } from '../../api/relationships-api';
import { hasProblemCode, isQuietFailure, toApiProblem } from '../problems/to-api-problem';
import { draftOwner } from './draft-owner';
import { mergeNoteDraft } from './merge-note';
import { discardDraft, dropLegacyDraft, readDraft, settleDraft, writeDraft, type DraftScope } from './note-drafts';

/** Typing pauses this long before a save: short, so a closed panel rarely leaves only a local draft. */
const SAVE_AFTER_MS = 500;
const MAX_RETRY_MS = 10_000;
/** Merges re-sent in a row before asking the person; a bound so two windows cannot ping-pong. */
const MAX_AUTO_MERGES = 3;
const NO_NOTE_ETAG = '"0"';

export type NoteState = 'loading' | 'load-failed' | 'saved' | 'unsaved' | 'saving' | 'retrying' | 'conflict';

export interface NoteOptions {
  relationshipId: string;
  /** The meeting the notes are for; without one they belong to the relationship. */
  meetingId?: string | undefined;
  userId: string;
}

/**
 * My private notes, saved as I type. The draft lives in this browser (keyed by tenant, user,
 * relationship and meeting) until the server has it; failed saves retry with the same text; a save
 * that lost a race with another window is merged with this draft, or the person chooses.
 */
export function useNote({ relationshipId, meetingId, userId }: NoteOptions) {
  const [text, setText] = useState('');
  const [state, setState] = useState<NoteState>('loading');
  const [theirs, setTheirs] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [loadAttempt, setLoadAttempt] = useState(0);
  const scope = useRef<DraftScope | undefined>(undefined);
  const etag = useRef(NO_NOTE_ETAG);
  const saved = useRef('');
  const latest = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retries = useRef(0);
  const merges = useRef(0);
  // Bumped when the note shown changes (or the view goes): answers for an older one are ignored.
  const generation = useRef(0);

  const show = useCallback((value: string) => {
    latest.current = value;
    setText(value);
  }, []);

  useEffect(() => {
    const mine = ++generation.current;
    const current = () => generation.current === mine;
    setState('loading');
    setProblem(undefined);
    dropLegacyDraft(localStorage, relationshipId, meetingId);
    Promise.all([fetchNote(relationshipId, meetingId), draftOwner(userId)]).then(
      ([{ data, etag: tag }, owner]) => {
        if (!current()) return;
        scope.current = { ...owner, relationshipId, meetingId };
        etag.current = tag ?? NO_NOTE_ETAG;
        saved.current = data.text;
        const draft = readDraft(localStorage, scope.current);
        show(draft ?? data.text);
        setState(draft !== null && draft !== data.text ? 'unsaved' : 'saved');
      },
      (error: unknown) => {
        if (!current() || isQuietFailure(error)) return;
        setProblem(toApiProblem(error));
        setState('load-failed');
      },
    );
    return () => {
      generation.current += 1;
      clearTimeout(timer.current);
    };
  }, [relationshipId, meetingId, userId, loadAttempt, show]);

  const save = useCallback(
    async (content: string): Promise<void> => {
      const where = scope.current;
      if (!where) return;
      const mine = generation.current;
      const stale = () => generation.current !== mine;
      clearTimeout(timer.current);
      setState('saving');
      try {
        const answer = await putNote(relationshipId, meetingId, etag.current, content);
        if (stale()) return;
        etag.current = answer.etag ?? etag.current;
        saved.current = content;
        retries.current = 0;
        merges.current = 0;
        setProblem(undefined);
        settleDraft(localStorage, where, content);
        setState(latest.current === content ? 'saved' : 'unsaved');
      } catch (error) {
        if (stale() || isQuietFailure(error)) return;
        if (hasProblemCode(error, 'precondition-failed')) return resolveConflict(where, stale);
        // Network or server trouble: keep the draft and try again with the newest text, backing off.
        setProblem(toApiProblem(error));
        setState('retrying');
        retries.current += 1;
        const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** retries.current);
        timer.current = setTimeout(() => void save(latest.current), wait);
      }
    },
    // resolveConflict is declared below and only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [relationshipId, meetingId],
  );

  /** Saved from another window meanwhile: read that version, merge this draft into it, or ask. */
  const resolveConflict = async (where: DraftScope, stale: () => boolean) => {
    try {
      const current = await fetchNote(relationshipId, meetingId);
      if (stale()) return;
      etag.current = current.etag ?? NO_NOTE_ETAG;
      const base = saved.current;
      saved.current = current.data.text;
      const merge = mergeNoteDraft(base, latest.current, current.data.text);
      merges.current += 1;
      if (merge.kind === 'merged' && merges.current <= MAX_AUTO_MERGES) {
        show(merge.text);
        if (merge.text === current.data.text) {
          discardDraft(localStorage, where);
          setState('saved');
          return;
        }
        writeDraft(localStorage, where, merge.text);
        return save(merge.text);
      }
      setTheirs(current.data.text);
      setState('conflict');
    } catch (error) {
      if (stale() || isQuietFailure(error)) return;
      setProblem(toApiProblem(error));
      setState('retrying');
      timer.current = setTimeout(() => void save(latest.current), MAX_RETRY_MS);
    }
  };

  // Autosave shortly after typing stops.
  useEffect(() => {
    if (state !== 'unsaved') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(latest.current), SAVE_AFTER_MS);
    return () => clearTimeout(timer.current);
  }, [text, state, save]);

  const edit = (value: string) => {
    show(value);
    if (scope.current) writeDraft(localStorage, scope.current, value);
    if (state === 'conflict' || state === 'saving' || state === 'retrying') return;
    setState(value === saved.current ? 'saved' : 'unsaved');
  };

  const keepMine = () => {
    merges.current = 0;
    void save(latest.current);
  };

  const takeTheirs = () => {
    show(theirs ?? '');
    if (scope.current) discardDraft(localStorage, scope.current);
    setState('saved');
  };

  return {
    text,
    state,
    /** The other window's text while `state` is `conflict`. */
    theirs,
    problem,
    edit,
    keepMine,
    takeTheirs,
    retryLoad: () => setLoadAttempt((n) => n + 1),
  };
}
