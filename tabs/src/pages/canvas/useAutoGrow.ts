import { useLayoutEffect, type RefObject } from 'react';

/**
 * Lets a textarea grow with its text instead of cutting it off mid-sentence: its height follows
 * its content whenever the text changes, and when its width does (a wrap point moves).
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const field = ref.current;
    if (field) fit(field);
  }, [ref, value]);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || typeof ResizeObserver === 'undefined') return;
    let width = field.clientWidth;
    const observer = new ResizeObserver(() => {
      // Only a new width changes the wrapping; the height set here would otherwise call back.
      if (field.clientWidth === width) return;
      width = field.clientWidth;
      fit(field);
    });
    observer.observe(field);
    return () => observer.disconnect();
  }, [ref]);
}

function fit(field: HTMLTextAreaElement): void {
  field.style.height = 'auto';
  const border = field.offsetHeight - field.clientHeight;
  field.style.height = `${field.scrollHeight + border}px`;
}
