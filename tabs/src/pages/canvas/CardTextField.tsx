import { makeStyles, mergeClasses, Textarea } from '@fluentui/react-components';
import { koerskaart } from '@koers/domain';
import { useCallback, useId, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { caretAfterDelta } from '../../canvas/caret';
import { LOCAL_ORIGIN, type CanvasSession } from '../../canvas/canvasSession';
import { useAutoGrow } from './useAutoGrow';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // The field grows with its text (useAutoGrow), so a note is never cut off mid-sentence.
  textarea: { width: '100%', '& textarea': { overflowY: 'hidden', minHeight: '2.5em' } },
  // A closed canvas: the text lies on the note like written text, not in a box that invites typing.
  readOnly: { backgroundColor: 'transparent', border: 'none', '::after': { display: 'none' }, '& textarea': { cursor: 'default', minHeight: 'auto' } },
});

interface CardTextFieldProps {
  session: CanvasSession;
  cardId: string;
  field: koerskaart.FieldName;
  /** The field's visible label. */
  label: string;
  /** A note's one field: the label is for screen readers only (the card says what it is). */
  hideLabel?: boolean;
  readOnly?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * One text field of a card, bound to its Y.Text: what is typed here goes into the card's text
 * document character by character; what the other party types appears where they typed it,
 * and the caret and selection here stay on the same characters. Only this field re-renders when
 * its text changes.
 */
export function CardTextField({ session, cardId, field, label, hideLabel, readOnly, onFocus, onBlur }: CardTextFieldProps) {
  const styles = useStyles();
  const id = useId();
  const text = session.text(cardId, field);
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<{ start: number; end: number } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Runs when the change is applied, before React renders it: the field still shows the old
      // text and the old caret, which is what the caret must be moved from.
      const observe = (event: Y.YTextEvent, transaction: Y.Transaction) => {
        const element = ref.current;
        if (transaction.origin !== LOCAL_ORIGIN && element && element === document.activeElement) {
          caret.current = { start: caretAfterDelta(event.delta, element.selectionStart), end: caretAfterDelta(event.delta, element.selectionEnd) };
        }
        onChange();
      };
      text.observe(observe);
      return () => text.unobserve(observe);
    },
    [text],
  );
  const value = useSyncExternalStore(subscribe, () => text.toJSON());
  // Also when the width changes (the side panel shared to the stage, a resized window): a note is never cut off.
  useAutoGrow(ref, value);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const kept = caret.current;
    caret.current = null;
    if (kept && element === document.activeElement) element.setSelectionRange(kept.start, kept.end);
  }, [value]);

  return (
    <div className={styles.field}>
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      <Textarea
        ref={ref}
        id={id}
        aria-label={hideLabel ? label : undefined}
        appearance="filled-lighter"
        className={mergeClasses(styles.textarea, readOnly && styles.readOnly)}
        resize="none"
        rows={1}
        value={value}
        readOnly={readOnly}
        maxLength={koerskaart.MAX_TEXT_LENGTH}
        data-testid="card-text"
        data-field={field}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(_e, data) => {
          session.typeText(cardId, field, data.value.slice(0, koerskaart.MAX_TEXT_LENGTH));
        }}
      />
    </div>
  );
}
