import type { Catalogue, JobFunction, PersonSummary, PopRole, SmartFinding } from '@koers/domain';
import { GOAL_KINDS, GOAL_ROUTES, MAX_ITEM_TEXT, MAX_LIST_ITEMS, MAX_LONG_TEXT, MAX_MILESTONES, MAX_SHORT_TEXT } from '@koers/domain';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { GoalLinks } from './GoalLinks';
import { ListEditor } from './ListEditor';
import type { DraftProblem, GoalDraft, MilestoneDraft } from './popForm';
import { setOwnAcceptance } from './popForm';
import { SmartHints } from './SmartHints';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  // min(…, 100%) and minWidth 0: a select with long options never pushes a 320 px panel wider.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(12rem, 100%), 1fr))', gap: tokens.spacingHorizontalM, '& > *': { minWidth: 0 }, '& select': { width: '100%' } },
  milestone: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '12rem' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  detailsHeader: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'start' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, paddingBlock: tokens.spacingVerticalS },
});

function Group({ legend, children, testId }: { legend: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group} data-testid={testId}>
      <legend className={styles.legend}>
        <Text weight="semibold">{legend}</Text>
      </legend>
      {children}
    </fieldset>
  );
}

interface GoalEditorProps {
  goal: GoalDraft;
  /** 1-based, for the heading and the labels. */
  n: number;
  role: PopRole;
  employee: PersonSummary;
  manager: PersonSummary;
  findings: readonly SmartFinding[];
  problems: readonly DraftProblem[];
  onChange: (goal: GoalDraft) => void;
  onRemove: () => void;
  /** "Meer details" open from the start (closed by default: the essentials come first). */
  detailsOpen?: boolean;
  /** The organisation's function house and learning offer, once read; absent or empty: no links to pick. */
  catalogue?: Catalogue;
  employeeFunction?: JobFunction;
}

/**
 * One goal of the plan, the essentials first (the goal, why, the SMART actions and criteria, the
 * deadline, who guides) and the rest under "Meer details" — every input labelled.
 */
export function GoalEditor({ goal, n, role, employee, manager, findings, problems, onChange, onRemove, detailsOpen: openAtStart = false, catalogue, employeeFunction }: GoalEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  // Stays while editing, also once its last date is removed: the focus has somewhere to go.
  const [hadCheckIns] = useState(goal.voortgangsgesprekken.length > 0);
  const problem = (field: string) => {
    const found = problems.find((p) => p.field === field);
    return found ? t(`pop.problem.${found.reason}` as MessageKey) : undefined;
  };
  const set = <K extends keyof GoalDraft>(key: K, value: GoalDraft[K]) => onChange({ ...goal, [key]: value });
  const setMilestone = (index: number, next: MilestoneDraft) => set('milestones', goal.milestones.map((m, i) => (i === index ? next : m)));
  const text = (key: 'waarom' | 'wat' | 'hoe' | 'wanneer' | 'waar' | 'routeDetail' | 'middelenNote' | 'begeleidingName', label: string, long = false, hint?: string) => (
    <Field label={label} hint={hint}>
      {long ? (
        <Textarea value={goal[key]} maxLength={MAX_LONG_TEXT} resize="vertical" onChange={(_e, d) => set(key, d.value)} data-testid={`goal-${key}`} />
      ) : (
        <Input value={goal[key]} maxLength={MAX_SHORT_TEXT} onChange={(_e, d) => set(key, d.value)} data-testid={`goal-${key}`} />
      )}
    </Field>
  );
  const amount = (key: 'budgetEuro' | 'timeHours' | 'inzetHours', label: string) => (
    <Field label={label} validationMessage={problem(key)}>
      <Input value={goal[key]} inputMode="decimal" onChange={(_e, d) => set(key, d.value)} data-testid={`goal-${key}`} />
    </Field>
  );
  // Details with something to fix open by themselves: a hidden field cannot be corrected.
  const [detailsOpen, setDetailsOpen] = useState(openAtStart);
  const showDetails = detailsOpen || problems.some((p) => p.field !== 'title');
  const parties: { role: PopRole; person: PersonSummary }[] = [
    { role: 'employee', person: employee },
    { role: 'manager', person: manager },
  ];

  const milestonesEditor = (
    <>
      <Text weight="semibold">{t('pop.milestonesTitle')}</Text>
      {goal.milestones.length > 0 && (
        <ul role="list" className={styles.list}>
          {goal.milestones.map((m, i) => (
            <li key={m.id} className={styles.milestone} data-testid="goal-milestone">
              <Field label={t('pop.milestone', { n: i + 1 })} className={styles.grow} validationMessage={problem(`milestones.${i}.title`)}>
                <Input value={m.title} maxLength={MAX_ITEM_TEXT} onChange={(_e, d) => setMilestone(i, { ...m, title: d.value })} data-testid="milestone-title" />
              </Field>
              <Field label={t('pop.milestoneDue', { n: i + 1 })}>
                <Input type="date" value={m.due} onChange={(_e, d) => setMilestone(i, { ...m, due: d.value })} data-testid="milestone-due" />
              </Field>
              <Button appearance="subtle" aria-label={t('pop.removeMilestone', { n: i + 1 })} onClick={() => set('milestones', goal.milestones.filter((_m, j) => j !== i))}>
                {t('pop.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          appearance="secondary"
          disabledFocusable={goal.milestones.length >= MAX_MILESTONES}
          onClick={() => {
            if (goal.milestones.length >= MAX_MILESTONES) return;
            set('milestones', [...goal.milestones, { id: `m-${crypto.randomUUID()}`, title: '', due: '' }]);
          }}
          data-testid="add-milestone"
        >
          {t('pop.addMilestone')}
        </Button>
      </div>
    </>
  );

  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="goal-editor" data-goal-id={goal.id}>
      <div className={styles.header}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {goal.title.trim() ? t('pop.goalHeadingTitled', { n, title: goal.title.trim() }) : t('pop.goalHeading', { n })}
        </Text>
        <Button appearance="secondary" onClick={onRemove} data-testid="remove-goal" data-print="hide">
          {t('pop.removeGoal', { n })}
        </Button>
      </div>
      <SmartHints findings={findings} />
      <Group legend={t('pop.essentialsTitle')} testId="goal-essentials">
        <Field label={t('pop.field.title')} hint={t('pop.field.titleHint')} required validationMessage={problem('title')}>
          <Input value={goal.title} maxLength={MAX_SHORT_TEXT} onChange={(_e, d) => set('title', d.value)} data-testid="goal-title" />
        </Field>
        {text('waarom', t('pop.waarom'), true, t('pop.waaromHint'))}
        <Text weight="semibold">{t('pop.smart.S')}</Text>
        <ListEditor
          items={goal.actions}
          onChange={(items) => set('actions', items)}
          label={(i) => t('pop.action', { n: i })}
          addLabel={t('pop.addAction')}
          removeLabel={(i) => t('pop.removeAction', { n: i })}
          max={MAX_LIST_ITEMS}
          maxLength={MAX_ITEM_TEXT}
          testId="goal-actions"
        />
        <Text weight="semibold">{t('pop.smart.M')}</Text>
        <ListEditor
          items={goal.successCriteria}
          onChange={(items) => set('successCriteria', items)}
          label={(i) => t('pop.criterion', { n: i })}
          addLabel={t('pop.addCriterion')}
          removeLabel={(i) => t('pop.removeCriterion', { n: i })}
          max={MAX_LIST_ITEMS}
          maxLength={MAX_ITEM_TEXT}
          testId="goal-criteria"
        />
        <div className={styles.grid}>
          <Field label={t('pop.deadline')}>
            <Input type="date" value={goal.deadline} onChange={(_e, d) => set('deadline', d.value)} data-testid="goal-deadline" />
          </Field>
          {text('begeleidingName', t('pop.begeleiding'))}
        </div>
      </Group>

      {catalogue && (catalogue.functions.length > 0 || catalogue.learning.length > 0 || goal.learning || goal.targetFunctionId) && (
        <GoalLinks goal={goal} catalogue={catalogue} employeeFunction={employeeFunction} onChange={onChange} />
      )}

      <Accordion collapsible openItems={showDetails ? ['details'] : []} onToggle={(_e, d) => setDetailsOpen(d.openItems.includes('details'))}>
        <AccordionItem value="details">
          <AccordionHeader data-testid="goal-more-details" expandIconPosition="start">
            <span className={styles.detailsHeader}>
              <Text weight="semibold">{t('pop.moreDetails')}</Text>
              <Text size={200}>{t('pop.moreDetailsHint')}</Text>
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Group legend={t('pop.kindRouteTitle')} testId="goal-kind-route">
              <div className={styles.grid}>
                <Field label={t('pop.field.kind')}>
                  <Select value={goal.kind} onChange={(_e, d) => set('kind', d.value as GoalDraft['kind'])} data-testid="goal-kind">
                    {GOAL_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`pop.kind.${kind}` as MessageKey)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('pop.field.route')}>
                  <Select value={goal.route} onChange={(_e, d) => set('route', d.value as GoalDraft['route'])} data-testid="goal-route">
                    {GOAL_ROUTES.map((route) => (
                      <option key={route} value={route}>
                        {t(`pop.route.${route}` as MessageKey)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('pop.field.owner')}>
                  <Select value={goal.ownerId ?? ''} onChange={(_e, d) => set('ownerId', d.value || undefined)} data-testid="goal-owner">
                    <option value="">{t('pop.empty')}</option>
                    {parties.map(({ person }) => (
                      <option key={person.id} value={person.id}>
                        {person.displayName}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              {text('routeDetail', t('pop.field.routeDetail'), false, t('pop.field.routeDetailHint'))}
            </Group>

            <Group legend={t('pop.smartTitle')} testId="goal-smart">
              <Text weight="semibold">{t('pop.smart.A')}</Text>
              <Text size={200}>{t('pop.acceptOwnOnly')}</Text>
              {parties.map(({ role: party, person }) => (
                <Checkbox
                  key={party}
                  checked={goal.acceptance[party]}
                  // Only the own box: the other party's tick is theirs to give.
                  disabled={party !== role}
                  onChange={(_e, d) => onChange(setOwnAcceptance(goal, role, d.checked === true))}
                  label={t('pop.accepts', { name: person.displayName })}
                  data-testid={`accept-${party}`}
                />
              ))}
              <Text weight="semibold">{t('pop.smart.R')}</Text>
              <Checkbox
                checked={goal.realism.checked}
                onChange={(_e, d) => set('realism', { ...goal.realism, checked: d.checked === true })}
                label={t('pop.realismChecked')}
                data-testid="goal-realism"
              />
              <Field label={t('pop.realismNote')}>
                <Textarea
                  value={goal.realism.note}
                  maxLength={MAX_LONG_TEXT}
                  resize="vertical"
                  onChange={(_e, d) => set('realism', { ...goal.realism, note: d.value })}
                  data-testid="goal-realism-note"
                />
              </Field>
              {milestonesEditor}
            </Group>

            <Group legend={t('pop.agreementsTitle')} testId="goal-agreements">
              {text('wat', t('pop.wat'), true)}
              {text('hoe', t('pop.hoe'), true)}
              <div className={styles.grid}>
                {text('wanneer', t('pop.wanneer'))}
                {text('waar', t('pop.waar'))}
              </div>
              <Text weight="semibold">{t('pop.middelenTitle')}</Text>
              <div className={styles.grid}>
                {amount('budgetEuro', t('pop.budget'))}
                {amount('timeHours', t('pop.timeHours'))}
              </div>
              {text('middelenNote', t('pop.middelenNote'))}
              {amount('inzetHours', t('pop.inzet'))}
              {(hadCheckIns || goal.voortgangsgesprekken.length > 0) && (
                <>
                  {/* Dates agreed per goal before the plan's rhythm existed: kept and removable, no new ones. */}
                  <Text weight="semibold">{t('pop.checkInsTitle')}</Text>
                  <Text size={200}>{t('pop.checkInsByRhythm')}</Text>
                  <ListEditor
                    items={goal.voortgangsgesprekken}
                    onChange={(items) => set('voortgangsgesprekken', items)}
                    label={(i) => t('pop.checkIn', { n: i })}
                    addLabel={t('pop.addCheckIn')}
                    removeLabel={(i) => t('pop.removeCheckIn', { n: i })}
                    max={MAX_MILESTONES}
                    addable={false}
                    groupLabel={t('pop.checkInsTitle')}
                    type="date"
                    testId="goal-checkins"
                  />
                </>
              )}
            </Group>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
