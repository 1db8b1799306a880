import { Badge, Body1, Button, Caption1, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { koerskaart, type CanvasView, type SetGuidanceOperation, type SharedAnswer } from '@koers/domain';
import { useState, type ReactNode } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { randomToken } from '../../canvas/canvasSession';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { canvasHref } from '../../routes';
import { CanvasLockNotice } from './CanvasLockNotice';
import { CardView } from './CardView';
import type { CanvasLayout } from './layout';
import { PhaseTimer } from './PhaseTimer';
import { SharedAnswers } from './SharedAnswers';
import { useCanvasSession } from './useCanvasSession';
import { focusTarget, useFocusAfterAction } from './useFocusAfterAction';
import { useSharedAnswers } from './useSharedAnswers';

const useStyles = makeStyles({
  // One column: works at the 320 px side panel and grows on the stage and in the tab.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '72rem', minWidth: 0 },
  // On the meeting stage both look at one big screen: the three phases side by side, full width.
  stageRoot: { maxWidth: 'none' },
  board: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  stageBoard: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))', alignItems: 'start' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  phases: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', padding: 0, margin: 0 },
  phase: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalS },
  timebox: { maxWidth: '10rem' },
});

interface CanvasBoardProps {
  view: CanvasView;
  myUserId: string;
  api: CanvasApi;
  layout: CanvasLayout;
  /** Present in a meeting's side panel: puts the canvas on the stage. */
  onShareToStage?: (url: string) => Promise<void>;
  /** After the board: how the conversation ends (Gesprek afronden). */
  children?: ReactNode;
}

export function CanvasBoard({ view, myUserId, api, layout, onShareToStage, children }: CanvasBoardProps) {
  const styles = useStyles();
  const [shareFailed, setShareFailed] = useState(false);
  const { t, language } = useI18n();
  const { session, snapshot } = useCanvasSession(view, myUserId, api);
  const { guidance, state } = snapshot.content;
  const shared = useSharedAnswers(api, view.canvas.id, snapshot.preparationVersion, guidance.variant, language);
  const focusAfter = useFocusAfterAction();
  const names: Record<string, string> = { [view.employee.id]: view.employee.displayName, [view.manager.id]: view.manager.displayName };
  const byPhase = koerskaart.shownSectionIdsByPhase(state, guidance.variant);
  const sections = koerskaart.PHASE_IDS.flatMap((phase) => byPhase[phase]);
  const present = [...new Set(snapshot.presence.map((p) => p.userId))].filter((id) => id !== myUserId);
  const setGuidance = (change: Omit<SetGuidanceOperation, 'type'>) => session.setGuidance(change);

  const addCard = (section: koerskaart.SectionId, kind: koerskaart.CardKind, texts?: Partial<Record<koerskaart.FieldName, string>>) => {
    const cardId = randomToken();
    // Straight into the new card: adding one is always followed by writing in it.
    focusAfter([focusTarget.firstField(cardId)]);
    session.addCard({ cardId, section, kind, texts, order: koerskaart.orderAt(session.state, section, koerskaart.cardsInSection(session.state, section).length) });
  };
  const copyAnswer = (answer: SharedAnswer) => addCard(answer.section, 'note', { text: answer.answer });
  const copyKernkwadrant = (section: koerskaart.SectionId, answers: SharedAnswer[]) =>
    addCard(section, 'kernkwadrant', Object.fromEntries(answers.map((a) => [a.questionId, a.answer])));
  const minutes = guidance.timeboxMinutes[guidance.phase];

  return (
    <div className={mergeClasses(styles.root, layout === 'stage' && styles.stageRoot)} data-testid="page-canvas" data-canvas-id={view.canvas.id} data-layout={layout}>
      <PageHeading>{t('route.canvas')}</PageHeading>
      <Body1>{t('canvas.between', { employee: view.employee.displayName, manager: view.manager.displayName })}</Body1>
      <div className={styles.bar} role="status" aria-live="polite">
        <Badge appearance="filled" color={snapshot.connection === 'offline' ? 'danger' : snapshot.connection === 'live' ? 'success' : 'informative'} data-testid="connection" data-state={snapshot.connection}>
          {snapshot.connection === 'offline' ? t('canvas.status.offline') : t(`canvas.status.${snapshot.connection}`)}
        </Badge>
        {snapshot.pending > 0 && <Caption1 data-testid="pending">{t('canvas.pending', { count: snapshot.pending })}</Caption1>}
        <Caption1 data-testid="presence">
          {t('canvas.presence', { names: [t('canvas.you'), ...present.map((id) => names[id] ?? '?')].join(', ') })}
        </Caption1>
      </div>
      <CanvasLockNotice session={session} lock={snapshot.lock} names={names} myUserId={myUserId} />
      <MessageBar intent="info">
        <MessageBarBody>{t('canvas.guidance')}</MessageBarBody>
      </MessageBar>
      <div className={styles.bar}>
        <Field label={t('canvas.variant')}>
          <Select value={guidance.variant} onChange={(_e, data) => setGuidance({ variant: data.value as koerskaart.KoerskaartVariant })}>
            {koerskaart.KoerskaartVariant.options.map((v) => (
              <option key={v} value={v}>
                {t(`canvas.variant.${v}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('canvas.timebox')} className={styles.timebox}>
          <Input
            type="number"
            min={1}
            max={240}
            value={minutes === undefined ? '' : String(minutes)}
            onChange={(_e, data) => {
              const n = Number(data.value);
              const timeboxMinutes = { ...guidance.timeboxMinutes };
              if (data.value === '' || !Number.isInteger(n) || n < 1 || n > 240) delete timeboxMinutes[guidance.phase];
              else timeboxMinutes[guidance.phase] = n;
              setGuidance({ timeboxMinutes });
            }}
          />
        </Field>
        {onShareToStage && (
          <Button
            data-testid="share-to-stage"
            onClick={() => {
              setShareFailed(false);
              onShareToStage(canvasHref(view.canvas.id)).catch(() => setShareFailed(true));
            }}
          >
            {t('canvas.shareToStage')}
          </Button>
        )}
      </div>
      {shareFailed && (
        <MessageBar intent="error" data-testid="share-failed">
          <MessageBarBody>{t('canvas.shareFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <nav aria-label={t('canvas.phases')}>
        <ul className={styles.phases}>
          {koerskaart.PHASE_IDS.map((phase) => (
            <li key={phase}>
              <Button
                appearance={phase === guidance.phase ? 'primary' : 'secondary'}
                aria-current={phase === guidance.phase ? 'step' : undefined}
                aria-label={phase === guidance.phase ? undefined : t('canvas.makeCurrent', { phase: t(`canvas.phase.${phase}`) })}
                onClick={() => setGuidance({ phase })}
              >
                {t(`canvas.phase.${phase}`)}
                {phase === guidance.phase ? ` (${t('canvas.currentPhase')})` : ''}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <PhaseTimer guidance={guidance} />
      <div className={mergeClasses(styles.board, layout === 'stage' && styles.stageBoard)}>
        {koerskaart.PHASE_IDS.map((phase) => (
          <section key={phase} className={styles.phase} aria-labelledby={`phase-${phase}`}>
            <Text as="h2" size={500} weight="semibold" id={`phase-${phase}`}>
              {t(`canvas.phase.${phase}`)}
            </Text>
            {byPhase[phase].map((sectionId) => {
              const cards = koerskaart.cardsInSection(state, sectionId);
              const definition = koerskaart.sectionDefinition(sectionId);
              return (
                <section key={sectionId} className={styles.section} data-testid="canvas-section" data-section={sectionId} aria-labelledby={`section-${sectionId}`}>
                  <Text as="h3" size={400} weight="semibold" id={`section-${sectionId}`}>
                    {t(`canvas.section.${sectionId}.title` as MessageKey)}
                  </Text>
                  <Caption1>{t(`canvas.section.${sectionId}.prompt` as MessageKey)}</Caption1>
                  <SharedAnswers
                    answers={shared[sectionId] ?? []}
                    employeeName={view.employee.displayName}
                    managerName={view.manager.displayName}
                    viewerIsEmployee={myUserId === view.employee.id}
                    onCopy={copyAnswer}
                    onCopyKernkwadrant={definition.cardKinds.includes('kernkwadrant') ? (answers) => copyKernkwadrant(sectionId, answers) : undefined}
                  />
                  <div className={styles.cards}>
                    {cards.map((card, index) => (
                      <CardView
                        key={card.id}
                        card={card}
                        session={session}
                        names={names}
                        myUserId={myUserId}
                        presence={snapshot.presence}
                        sections={sections}
                        index={index}
                        count={cards.length}
                        focusAfter={focusAfter}
                      />
                    ))}
                  </div>
                  <div className={styles.bar}>
                    {definition.cardKinds.map((kind) => (
                      <Button key={kind} size="small" data-testid="add-card" data-kind={kind} onClick={() => addCard(sectionId, kind)}>
                        {kind === 'note' ? t('canvas.addNote') : t('canvas.addKernkwadrant')}
                      </Button>
                    ))}
                  </div>
                </section>
              );
            })}
          </section>
        ))}
      </div>
      {children}
    </div>
  );
}
