import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: '12rem' },
});

interface ListEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** The label of item n (1-based), the add button, and the remove button of item n. */
  label: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  max: number;
  /** False: items can be changed and removed, but no new one added. */
  addable?: boolean;
  /** Names the list as a group; without an add button the focus lands on it when the last item goes. */
  groupLabel?: string;
  type?: 'text' | 'date';
  maxLength?: number;
  testId: string;
}

/**
 * A list of short texts (actions, criteria, dates): every item its own labelled input, removable,
 * and a new item gets the focus, so the list is built with the keyboard alone.
 */
export function ListEditor({ items, onChange, label, addLabel, removeLabel, max, addable = true, groupLabel, type = 'text', maxLength, testId }: ListEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  /** Changes the list at once (not on the next render), then moves the focus to item `index`, or to "add" when there is none. */
  const changeAndFocus = (next: string[], index: number) => {
    flushSync(() => onChange(next));
    (inputs.current[index] ?? addButton.current ?? root.current)?.focus();
  };

  const full = items.length >= max;
  return (
    <div ref={root} data-testid={testId} {...(groupLabel ? { role: 'group', 'aria-label': groupLabel } : {})} tabIndex={addable ? undefined : -1}>
      {items.length > 0 && (
        <ul role="list" className={styles.list}>
          {items.map((item, i) => (
            <li key={i} className={styles.row}>
              <Field label={label(i + 1)} className={styles.field}>
                <Input
                  ref={(el) => {
                    inputs.current[i] = el;
                  }}
                  type={type}
                  value={item}
                  maxLength={maxLength}
                  onChange={(_e, data) => onChange(items.map((old, j) => (j === i ? data.value : old)))}
                  data-testid={`${testId}-item`}
                />
              </Field>
              <Button
                appearance="subtle"
                aria-label={removeLabel(i + 1)}
                onClick={() => {
                  changeAndFocus(
                    items.filter((_old, j) => j !== i),
                    i > 0 ? i - 1 : items.length > 1 ? 0 : -1,
                  );
                }}
                data-testid={`${testId}-remove`}
              >
                {t('pop.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {addable && (
        <div className={styles.row}>
          <Button
            ref={addButton}
            appearance="secondary"
            disabledFocusable={full}
            onClick={() => {
              if (full) return;
              changeAndFocus([...items, ''], items.length);
            }}
            data-testid={`${testId}-add`}
          >
            {addLabel}
          </Button>
          {full && <Text size={200}>{t('pop.listFull', { max })}</Text>}
        </div>
      )}
    </div>
  );
}
