import type { PopResponse, ReminderPreferencesRequest } from '@koers/domain';
import { Card, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';
import type { GoalReminderState } from './reminderChoices';
import { cadenceChoices, cadenceLabel, cadenceOfChoice, choiceValue, DEFAULT_CHOICE, reminderGoals } from './reminderChoices';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Never wider than a 320 px side panel: a select sized in % does not stretch its column to its longest option.
  select: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
});

/** Sends one change; resolves once it is stored (and the page holds the new preferences). */
export type SaveReminders = (request: ReminderPreferencesRequest) => Promise<void>;

type RowState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown; retry: () => void } | undefined;

/** One save at a time per row, with its saved/failed line under it. */
function useRowSave(save: SaveReminders) {
  const [state, setState] = useState<RowState>();
  const send = async (request: ReminderPreferencesRequest) => {
    if (state?.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      await save(request);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', error, retry: () => void send(request) });
    }
  };
  return { state, send };
}

function RowStatus({ state, testId }: { state: RowState; testId: string }) {
  const { t, language } = useI18n();
  return (
    <>
      <div role="status" aria-live="polite">
        {state?.kind === 'saving' && <Spinner size="tiny" label={t('reminders.saving')} data-testid={`${testId}-saving`} />}
        {state?.kind === 'saved' && (
          <MessageBar intent="success" data-testid={`${testId}-saved`}>
            <MessageBarBody>{t('reminders.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state?.kind === 'failed' && <ErrorState message={describeError(state.error, language, t)} onRetry={state.retry} testId={`${testId}-error`} />}
    </>
  );
}

/** `planCadence`: what the whole plan follows (its own or the organisation's), when known. */
function GoalReminders({ item, planCadence, save }: { item: GoalReminderState; planCadence?: number; save: SaveReminders }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const hintId = useId();
  const { state, send } = useRowSave(save);
  const busy = state?.kind === 'saving';
  const { goal } = item;
  return (
    <Card appearance="outline" className={styles.card} data-testid="goal-reminders" data-goal-id={goal.id} data-paused={item.paused}>
      {/* A group, not a region: the progress panel has a region named after the same goal. */}
      <div role="group" aria-labelledby={headingId} className={styles.card}>
        <Text as="h3" id={headingId} size={400} weight="semibold">
          {goal.title}
        </Text>
        {item.finished ? (
          <Text as="p">{t('reminders.finished')}</Text>
        ) : (
          <>
            <Switch
              checked={!item.paused}
              label={t('reminders.goalSwitch')}
              aria-describedby={item.paused ? hintId : undefined}
              aria-busy={busy}
              onChange={(_e, d) => {
                if (!busy) void send({ goalId: goal.id, paused: !d.checked });
              }}
              data-testid="reminders-switch"
            />
            {item.paused ? (
              <Text as="p" id={hintId} size={200}>
                {t('reminders.pausedHint')}
              </Text>
            ) : (
              <Field label={t('reminders.goalCadence')} hint={planCadence === undefined ? undefined : t('reminders.planDefaultHint', { cadence: cadenceLabel(planCadence, t).toLowerCase() })}>
                <Select
                  className={styles.select}
                  value={choiceValue(item.own)}
                  aria-busy={busy}
                  onChange={(_e, d) => {
                    if (!busy) void send({ goalId: goal.id, cadenceDays: cadenceOfChoice(d.value) });
                  }}
                  data-testid="reminders-goal-cadence"
                >
                  <option value={DEFAULT_CHOICE}>{t('reminders.planDefault')}</option>
                  {cadenceChoices(item.own).map((days) => (
                    <option key={days} value={String(days)}>
                      {cadenceLabel(days, t)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </>
        )}
        <RowStatus state={state} testId="goal-reminders" />
      </div>
    </Card>
  );
}

/**
 * "Herinneringen" on an agreed plan: the plan's check-in cadence (or the organisation's default),
 * and per agreed goal a switch to pause its check-ins and its own cadence. Either party may change
 * them; it is no change of the agreements, so no approval is needed (PUT /api/pops/{id}/reminders).
 */
export function RemindersPanel({ view, orgCadence, save }: { view: PopResponse; orgCadence?: number; save: SaveReminders }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const goals = reminderGoals(view.pop, view.progress);
  const planOwn = view.pop.reminderPreferences?.cadenceDays;
  const { state, send } = useRowSave(save);
  const busy = state?.kind === 'saving';
  const planEffective = planOwn ?? orgCadence;

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="pop-reminders" data-print="hide">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('reminders.title')}
      </Text>
      {goals.length === 0 ? (
        <Text as="p" data-testid="reminders-not-agreed">
          {t('reminders.notAgreed')}
        </Text>
      ) : (
        <>
          <Text as="p">{t('reminders.intro')}</Text>
          <div className={styles.card}>
            <Field label={t('reminders.planCadence')} hint={orgCadence === undefined ? undefined : t('reminders.orgDefaultHint', { cadence: cadenceLabel(orgCadence, t).toLowerCase() })}>
              <Select
                className={styles.select}
                value={choiceValue(planOwn)}
                aria-busy={busy}
                onChange={(_e, d) => {
                  if (!busy) void send({ cadenceDays: cadenceOfChoice(d.value) });
                }}
                data-testid="reminders-plan-cadence"
              >
                <option value={DEFAULT_CHOICE}>{t('reminders.orgDefault')}</option>
                {cadenceChoices(planOwn).map((days) => (
                  <option key={days} value={String(days)}>
                    {cadenceLabel(days, t)}
                  </option>
                ))}
              </Select>
            </Field>
            <RowStatus state={state} testId="plan-reminders" />
          </div>
          <ul role="list" className={styles.list}>
            {goals.map((item) => (
              <li key={item.goal.id}>
                <GoalReminders item={item} {...(planEffective === undefined ? {} : { planCadence: planEffective })} save={save} />
              </li>
            ))}
          </ul>
          {view.current.goals.some((g) => !goals.some((a) => a.goal.id === g.id)) && <Text as="p" size={200}>{t('reminders.notInAgreed')}</Text>}
        </>
      )}
    </section>
  );
}
