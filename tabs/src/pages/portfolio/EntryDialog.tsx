import type { EntryResponse, OwnItem } from '@koers/domain';
import { ENTRY_KINDS, isPointInTime, MAX_DESCRIPTION, MAX_LINK, MAX_PLACE, MAX_TITLE } from '@koers/domain';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import type { PortfolioApi } from '../../api/portfolioApi';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';
import { isStaleVersion } from '../plan/staleSlot';
import { contentOf, draftFrom, emptyDraft, serverErrors, validate, type DraftErrors, type DraftField, type EntryDraft } from './entryForm';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(600px, calc(100vw - 16px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, '> *': { flex: '1 1 140px', minWidth: 0 } },
});

interface EntryDialogProps {
  /** The writes it needs: the page's, which keep the timeline on screen up to date. */
  api: Pick<PortfolioApi, 'add' | 'update'>;
  /** Absent: a new entry. */
  item?: OwnItem;
  /** Today in the organisation's zone: a new entry starts on it. */
  today: string;
  /** The current manager's name, if there is one: who the visibility switch shares with. */
  managerName?: string;
  onClose: () => void;
  onSaved: (entry: EntryResponse) => void;
  /** A stale edit: read the portfolio again (the dialog closes). */
  onReload: () => void;
}

/** Add or edit one own entry; every input has a label, errors sit at their field in Dutch. */
export function EntryDialog({ api, item, today, managerName, onClose, onSaved, onReload }: EntryDialogProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const ids = { kind: useId(), title: useId(), from: useId(), to: useId(), organisation: useId(), description: useId(), issuer: useId(), expiresOn: useId(), link: useId() };
  const [draft, setDraft] = useState<EntryDraft>(() => (item ? draftFrom(item) : emptyDraft(today)));
  // One add = one key: a retry after a lost answer adds nothing twice.
  const [requestId] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<DraftErrors>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const certificate = draft.kind === 'certificaat';
  const oneDay = isPointInTime(draft.kind);
  const fromLabel = certificate ? t('portfolio.field.obtained') : oneDay ? t('portfolio.field.date') : t('portfolio.field.from');

  const set = (field: keyof EntryDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const focusFirst = (found: DraftErrors) => {
    const order: DraftField[] = ['title', 'from', 'to', 'issuer', 'expiresOn', 'link'];
    const first = order.find((f) => found[f]);
    if (first) document.getElementById(ids[first])?.focus();
  };

  const save = async () => {
    if (pending) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setPending(true);
    setFailure(undefined);
    try {
      const content = contentOf(draft);
      const saved = item
        ? await api.update(item.id, item.etag, content)
        : await api.add({ ...content, visibility: draft.visibility, requestId });
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? serverErrors((error.problem?.errors ?? []).map((e) => e.path)) : {};
      if (Object.keys(fields).length > 0) {
        setErrors(fields);
        focusFirst(fields);
      } else setFailure(error);
    } finally {
      setPending(false);
    }
  };

  const field = (name: DraftField) => ({
    validationState: errors[name] ? ('error' as const) : ('none' as const),
    validationMessage: errors[name] ? t(errors[name]) : undefined,
  });

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && !pending && onClose()}>
      <DialogSurface className={styles.surface} data-testid="entry-dialog">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{item ? t('portfolio.editTitle') : t('portfolio.addTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('portfolio.field.kind')}>
                <Select id={ids.kind} value={draft.kind} onChange={(_event, data) => set('kind', data.value)} data-testid="entry-kind">
                  {ENTRY_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`portfolio.kind.${kind}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('portfolio.field.title')} required {...field('title')}>
                <Input id={ids.title} value={draft.title} maxLength={MAX_TITLE} onChange={(_event, data) => set('title', data.value)} data-testid="entry-title" />
              </Field>
              <div className={styles.dates}>
                <Field label={fromLabel} required {...field('from')}>
                  <Input id={ids.from} type="date" value={draft.from} onChange={(_event, data) => set('from', data.value)} data-testid="entry-from" />
                </Field>
                {!oneDay && (
                  <Field label={t('portfolio.field.to')} hint={t('portfolio.field.toHint')} {...field('to')}>
                    <Input id={ids.to} type="date" value={draft.to} onChange={(_event, data) => set('to', data.value)} data-testid="entry-to" />
                  </Field>
                )}
              </div>
              {certificate && (
                <>
                  <Field label={t('portfolio.field.issuer')} required {...field('issuer')}>
                    <Input id={ids.issuer} value={draft.issuer} maxLength={MAX_PLACE} onChange={(_event, data) => set('issuer', data.value)} data-testid="entry-issuer" />
                  </Field>
                  <Field label={t('portfolio.field.expiresOn')} {...field('expiresOn')}>
                    <Input id={ids.expiresOn} type="date" value={draft.expiresOn} onChange={(_event, data) => set('expiresOn', data.value)} data-testid="entry-expires" />
                  </Field>
                </>
              )}
              <Field label={t('portfolio.field.organisation')} {...field('organisation')}>
                <Input id={ids.organisation} value={draft.organisation} maxLength={MAX_PLACE} onChange={(_event, data) => set('organisation', data.value)} data-testid="entry-organisation" />
              </Field>
              <Field label={t('portfolio.field.description')} hint={t('portfolio.field.descriptionHint')} {...field('description')}>
                <Textarea
                  id={ids.description}
                  value={draft.description}
                  maxLength={MAX_DESCRIPTION}
                  resize="vertical"
                  onChange={(_event, data) => set('description', data.value)}
                  data-testid="entry-description"
                />
              </Field>
              <Field label={t('portfolio.field.link')} hint={t('portfolio.field.linkHint')} {...field('link')}>
                <Input id={ids.link} type="url" inputMode="url" value={draft.link} maxLength={MAX_LINK} onChange={(_event, data) => set('link', data.value)} data-testid="entry-link" />
              </Field>
              {!item && managerName && (
                <Field hint={draft.visibility === 'leidinggevende' ? t('portfolio.sharedHint', { name: managerName }) : t('portfolio.privateHint')}>
                  <Switch
                    checked={draft.visibility === 'leidinggevende'}
                    onChange={(_event, data) => setDraft((d) => ({ ...d, visibility: data.checked ? 'leidinggevende' : 'prive' }))}
                    label={t('portfolio.share')}
                    data-testid="entry-share"
                  />
                </Field>
              )}
              {failure !== undefined && (
                <ErrorState message={describeError(failure, language, t)} testId="entry-error" />
              )}
            </DialogContent>
            <DialogActions>
              {isStaleVersion(failure) && (
                <Button appearance="secondary" onClick={onReload} data-testid="entry-reload">
                  {t('portfolio.reload')}
                </Button>
              )}
              <Button appearance="secondary" onClick={onClose} disabledFocusable={pending} data-testid="entry-cancel">
                {t('portfolio.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabledFocusable={pending} icon={pending ? <Spinner size="tiny" /> : undefined} data-testid="entry-save">
                {pending ? t('portfolio.saving') : t('portfolio.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
