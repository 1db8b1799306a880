import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * Which forms hold changes that are not saved yet. The page router asks before it leaves a page,
 * and the browser asks before the tab is closed or reloaded.
 */
interface UnsavedChanges {
  report: (key: string, dirty: boolean) => void;
  any: () => boolean;
  /** The user chose to leave without saving. */
  discardAll: () => void;
}

const UnsavedChangesContext = createContext<UnsavedChanges>({ report: () => undefined, any: () => false, discardAll: () => undefined });

export function UnsavedChangesProvider({ children, value }: { children: ReactNode; value: UnsavedChanges }) {
  return <UnsavedChangesContext.Provider value={value}>{children}</UnsavedChangesContext.Provider>;
}

export function useUnsavedChangesRegistry(): UnsavedChanges {
  const dirty = useRef(new Set<string>());
  const [count, setCount] = useState(0);

  useEffect(() => {
    if (count === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set as well to show their own "leave site?" question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [count]);

  const report = useCallback((key: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(key);
    else dirty.current.delete(key);
    setCount(dirty.current.size);
  }, []);
  const any = useCallback(() => dirty.current.size > 0, []);
  const discardAll = useCallback(() => {
    dirty.current.clear();
    setCount(0);
  }, []);
  return useMemo(() => ({ report, any, discardAll }), [report, any, discardAll]);
}

/** A form tells the registry whether it holds unsaved changes (and that it has none once unmounted). */
export function useReportUnsaved(key: string, dirty: boolean): void {
  const { report } = useContext(UnsavedChangesContext);
  useEffect(() => {
    report(key, dirty);
  }, [report, key, dirty]);
  useEffect(() => () => report(key, false), [report, key]);
}

/** For a page that moves between its own views (the same route): ask before leaving unsaved changes. */
export function useUnsavedChanges(): Pick<UnsavedChanges, 'any' | 'discardAll'> {
  return useContext(UnsavedChangesContext);
}
