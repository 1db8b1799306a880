import { useState } from 'react';

/**
 * One action at a time on a card (download, check, save): which one runs, for the buttons' busy
 * labels, and the last failure, for the error message. `run` clears the failure before it starts.
 */
export function usePendingAction<A extends string>() {
  const [pending, setPending] = useState<A>();
  const [failure, setFailure] = useState<unknown>();
  const run = async (action: A, work: () => Promise<void>, onError: (error: unknown) => boolean = () => false): Promise<void> => {
    setPending(action);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      // onError answers true when it dealt with the error itself (a conflict shown its own way).
      if (!onError(error)) setFailure(error);
    } finally {
      setPending(undefined);
    }
  };
  return { pending, failure, run, clearFailure: () => setFailure(undefined) };
}
