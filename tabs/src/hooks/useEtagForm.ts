import { useState } from 'react';
import { isStaleVersion } from '../pages/plan/staleSlot';
import { useReportUnsaved } from './unsavedChanges';

/**
 * A settings form saved under the etag it was read with (If-Match): the draft, the last saved or
 * read answer, what is running, and how the last save ended — someone else's save meanwhile is a
 * conflict that offers reading the latest again; nothing typed is lost on a failure.
 */
export type EtagFormOutcome<R> = { kind: 'saved'; saved: R } | { kind: 'conflict' } | { kind: 'failed'; error: unknown } | undefined;

export interface EtagFormOptions<R extends { etag: string }, V> {
  initial: R;
  valueOf: (answer: R) => V;
  same: (a: V, b: V) => boolean;
  save: (etag: string, value: V) => Promise<R>;
  readAgain: () => Promise<R>;
  /** Unsaved changes are reported under this key (leaving asks first). */
  unsavedKey: string;
}

export function useEtagForm<R extends { etag: string }, V>(options: EtagFormOptions<R, V>) {
  const { valueOf } = options;
  const [loaded, setLoaded] = useState(options.initial);
  const [draft, setDraft] = useState(() => valueOf(options.initial));
  const [pending, setPending] = useState<'save' | 'reload'>();
  const [outcome, setOutcome] = useState<EtagFormOutcome<R>>();
  const dirty = !options.same(valueOf(loaded), draft);
  useReportUnsaved(options.unsavedKey, dirty);

  const change = (next: V) => {
    setDraft(next);
    if (outcome?.kind === 'saved') setOutcome(undefined);
  };

  const save = async () => {
    if (pending) return;
    setPending('save');
    setOutcome(undefined);
    try {
      const saved = await options.save(loaded.etag, draft);
      setLoaded(saved);
      setDraft(valueOf(saved));
      setOutcome({ kind: 'saved', saved });
    } catch (error) {
      setOutcome(isStaleVersion(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  const reload = async () => {
    setPending('reload');
    try {
      const latest = await options.readAgain();
      setLoaded(latest);
      setDraft(valueOf(latest));
      setOutcome(undefined);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  return { loaded, draft, change, dirty, pending, outcome, save, reload };
}
