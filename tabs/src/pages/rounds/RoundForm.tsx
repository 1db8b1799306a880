import { BUILT_IN_TEMPLATE, RoundConversationType, type RoundResponse } from '@koers/domain';
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useChangeRound, useRoundAudience } from '../../data/rounds';
import { shown } from '../../data/shown';
import { useReportUnsaved } from '../../hooks/unsavedChanges';
import { useI18n } from '../../i18n/I18nContext';
import { isStaleVersion } from '../plan/staleSlot';
import { draftOf, draftProblems, inputOf, newDraft, NUDGE_WEEK_CHOICES, toggled, type RoundDraft } from './roundDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  period: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  day: { flex: '1 1 12rem', maxWidth: '22rem', minWidth: 0 },
  narrow: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
  plain: { border: 0, margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  choices: { display: 'flex', flexDirection: 'column', maxHeight: '16rem', overflowY: 'auto', paddingLeft: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A long directory is searched, not scrolled: more than this many matches asks for a narrower search. */
const MAX_PEOPLE_SHOWN = 100;

type Outcome = { kind: 'conflict' } | { kind: 'failed'; error: unknown } | { kind: 'invalid' } | undefined;

/** The server's reason per field (a 400 names "period.to", "audience", "template"). */
function fieldErrors(error: unknown): Record<string, string> {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return Object.fromEntries(errors.map((e) => [e.path.split('.')[0] ?? e.path, e.message]));
}

/**
 * Creating or editing a concept round. What HR typed stays in the form whatever the save answers:
 * a refusal shows the reason at the field, a concurrent edit offers the latest version.
 */
export function RoundForm({ editing, onSaved, onCancel, reload }: { editing?: RoundResponse; onSaved: (saved: RoundResponse) => void; onCancel: () => void; reload: () => Promise<RoundResponse | undefined> }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const periodHintId = useId();
  const [base, setBase] = useState(editing);
  const [start, setStart] = useState<RoundDraft>(() => (editing ? draftOf(editing) : newDraft(new Date())));
  const [draft, setDraft] = useState<RoundDraft>(start);
  const [outcome, setOutcome] = useState<Outcome>();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState('');
  const [pending, setPending] = useState(false);
  const change = useChangeRound();
  const audience = shown(useRoundAudience());
  useReportUnsaved('rounds:form', JSON.stringify(draft) !== JSON.stringify(start));
  const local = outcome?.kind === 'invalid' ? draftProblems(draft) : [];
  const problemOf = (field: 'name' | 'audience' | 'template'): string | undefined => {
    if (field === 'name' && local.includes('name')) return t('rounds.form.required');
    if (field === 'audience' && local.includes('audience')) return t('rounds.form.pickSomeone');
    return serverErrors[field];
  };
  const edit = (next: Partial<RoundDraft>) => setDraft((d) => ({ ...d, ...next }));

  const people = useMemo(() => {
    if (audience.status !== 'ready') return [];
    const needle = filter.trim().toLocaleLowerCase();
    return audience.data.people.filter((p) => needle === '' || p.displayName.toLocaleLowerCase().includes(needle) || draft.personIds.includes(p.id));
  }, [audience, filter, draft.personIds]);

  const save = async () => {
    if (pending) return;
    if (draftProblems(draft).length > 0) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    setPending(true);
    setOutcome(undefined);
    setServerErrors({});
    try {
      const input = inputOf(draft);
      const saved = await change.mutateAsync(base ? { kind: 'update', roundId: base.round.id, etag: base.etag, input } : { kind: 'create', input });
      onSaved(saved);
    } catch (error) {
      if (isStaleVersion(error)) setOutcome({ kind: 'conflict' });
      else {
        const fields = fieldErrors(error);
        setServerErrors(fields);
        setOutcome(Object.keys(fields).length > 0 ? { kind: 'invalid' } : { kind: 'failed', error });
      }
    } finally {
      setPending(false);
    }
  };

  const loadLatest = async () => {
    const latest = await reload();
    if (latest) {
      setBase(latest);
      setStart(draftOf(latest));
      setDraft(draftOf(latest));
    }
    setOutcome(undefined);
  };

  const templateLabel = (ref: RoundDraft['template']) =>
    ref.templateId === BUILT_IN_TEMPLATE.templateId ? t('rounds.form.builtInTemplate', { version: ref.version }) : t('rounds.form.otherTemplate', { id: ref.templateId, version: ref.version });
  const templates = draft.template.templateId === BUILT_IN_TEMPLATE.templateId && draft.template.version === BUILT_IN_TEMPLATE.version ? [BUILT_IN_TEMPLATE] : [BUILT_IN_TEMPLATE, draft.template];

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      data-testid="round-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {base ? t('rounds.form.editTitle') : t('rounds.form.newTitle')}
      </Text>
      <Field label={t('rounds.form.name')} required validationMessage={problemOf('name')}>
        <Input value={draft.name} maxLength={120} onChange={(_e, d) => edit({ name: d.value })} data-testid="round-name" />
      </Field>
      <div className={styles.period}>
        <div className={styles.row}>
          <Field className={styles.day} label={t('rounds.form.from')} required validationMessage={local.includes('period') ? t('rounds.form.required') : undefined}>
            <Input type="date" value={draft.from} onChange={(_e, d) => edit({ from: d.value })} data-testid="round-from" />
          </Field>
          <Field className={styles.day} label={t('rounds.form.to')} required validationMessage={serverErrors.period}>
            <Input type="date" value={draft.to} onChange={(_e, d) => edit({ to: d.value })} data-testid="round-to" aria-describedby={periodHintId} />
          </Field>
        </div>
        <Text size={200} id={periodHintId}>
          {t('rounds.form.periodHint')}
        </Text>
      </div>
      <Field label={t('rounds.form.audience')} validationMessage={problemOf('audience')}>
        <RadioGroup value={draft.audienceKind} onChange={(_e, d) => edit({ audienceKind: d.value as RoundDraft['audienceKind'] })} data-testid="round-audience">
          <Radio value="organisation" label={t('rounds.form.audience.organisation')} />
          <Radio value="departments" label={t('rounds.form.audience.departments')} />
          <Radio value="group" label={t('rounds.form.audience.group')} />
        </RadioGroup>
      </Field>
      {draft.audienceKind !== 'organisation' && audience.status === 'loading' && <LoadingState label={t('rounds.loading')} />}
      {draft.audienceKind !== 'organisation' && audience.status === 'error' && <ErrorState message={describeError(audience.error, language, t)} onRetry={audience.retry} />}
      {draft.audienceKind === 'departments' && audience.status === 'ready' && (
        <fieldset className={styles.plain}>
          <legend>
            <Text weight="semibold">{t('rounds.form.audience.departments')}</Text>
          </legend>
          {audience.data.departments.length === 0 ? (
            <Text>{t('rounds.form.noDepartments')}</Text>
          ) : (
            <div className={styles.choices}>
              {audience.data.departments.map((d) => (
                <Checkbox
                  key={d.name}
                  checked={draft.departments.includes(d.name)}
                  label={t('rounds.form.departmentOption', { name: d.name, count: d.people })}
                  onChange={(_e, c) => edit({ departments: toggled(draft.departments, d.name, c.checked === true) })}
                  data-testid="round-department"
                  data-department={d.name}
                />
              ))}
            </div>
          )}
        </fieldset>
      )}
      {draft.audienceKind === 'group' && audience.status === 'ready' && (
        <fieldset className={styles.plain}>
          <legend>
            <Text weight="semibold">{t('rounds.form.audience.group')}</Text>
          </legend>
          <Field label={t('rounds.form.peopleFilter')}>
            <Input className={styles.narrow} type="search" value={filter} onChange={(_e, d) => setFilter(d.value)} data-testid="round-people-filter" />
          </Field>
          <Text size={200} aria-live="polite">
            {t('rounds.form.peopleChosen', { count: draft.personIds.length })}
          </Text>
          <div className={styles.choices}>
            {people.slice(0, MAX_PEOPLE_SHOWN).map((p) => (
              <Checkbox
                key={p.id}
                checked={draft.personIds.includes(p.id)}
                label={p.department ? `${p.displayName} · ${p.department}` : p.displayName}
                onChange={(_e, c) => edit({ personIds: toggled(draft.personIds, p.id, c.checked === true) })}
                data-testid="round-person"
              />
            ))}
          </div>
          {people.length > MAX_PEOPLE_SHOWN && <Text size={200}>{t('rounds.form.narrowSearch', { shown: MAX_PEOPLE_SHOWN, count: people.length })}</Text>}
        </fieldset>
      )}
      <div className={styles.row}>
        <Field label={t('rounds.form.type')}>
          <Select className={styles.narrow} value={draft.conversationType} onChange={(_e, d) => edit({ conversationType: RoundConversationType.parse(d.value) })} data-testid="round-type">
            {RoundConversationType.options.map((type) => (
              <option key={type} value={type}>
                {t(`rounds.form.type.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('rounds.form.template')} validationMessage={problemOf('template')}>
          <Select
            className={styles.narrow}
            value={`${draft.template.templateId}@${draft.template.version}`}
            onChange={(_e, d) => edit({ template: templates.find((ref) => `${ref.templateId}@${ref.version}` === d.value) ?? BUILT_IN_TEMPLATE })}
            data-testid="round-template"
          >
            {templates.map((ref) => (
              <option key={`${ref.templateId}@${ref.version}`} value={`${ref.templateId}@${ref.version}`}>
                {templateLabel(ref)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox checked={draft.employeesMayStart} label={t('rounds.form.employeesMayStart')} onChange={(_e, d) => edit({ employeesMayStart: d.checked === true })} data-testid="round-employees-may-start" />
      <Checkbox checked={draft.allowSameDay} label={t('rounds.form.allowSameDay')} onChange={(_e, d) => edit({ allowSameDay: d.checked === true })} data-testid="round-same-day" />
      <Field label={t('rounds.form.nudge')}>
        <Select className={styles.narrow} value={String(draft.nudgeWeeksBeforeEnd)} onChange={(_e, d) => edit({ nudgeWeeksBeforeEnd: Number(d.value) })} data-testid="round-nudge">
          {NUDGE_WEEK_CHOICES.map((weeks) => (
            <option key={weeks} value={String(weeks)}>
              {t('rounds.form.nudgeOption', { weeks })}
            </option>
          ))}
        </Select>
      </Field>
      {outcome?.kind === 'invalid' && (local.length > 0 || Object.keys(serverErrors).length > 0) && (
        <MessageBar intent="error" data-testid="round-form-invalid">
          <MessageBarBody>{t('rounds.form.invalid')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid="round-form-conflict">
          <MessageBarBody>{t('rounds.form.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" onClick={() => void loadLatest()}>
              {t('rounds.form.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} onRetry={() => void save()} testId="round-form-error" />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={pending} icon={pending ? <Spinner size="tiny" /> : undefined} data-testid="round-save">
          {pending ? t('rounds.form.saving') : t('rounds.form.save')}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabledFocusable={pending} data-testid="round-cancel">
          {t('rounds.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
