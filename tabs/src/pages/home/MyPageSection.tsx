import type { MeResponse } from '@koers/contracts';
import type { HomeResponse } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { CheckIns } from './CheckIns';
import { ManagerSees } from './ManagerSees';
import { MyGoals } from './MyGoals';
import { NextConversation } from './NextConversation';
import { PersonCard } from './PersonCard';
import { RequestConversation } from './RequestConversation';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function Part({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.part} data-testid={testId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" block className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** "Mijn pagina": what comes next for the person themselves — conversation, goals, check-ins — and who sees what. */
export function MyPageSection({ me, own, timeZone }: { me: MeResponse; own: NonNullable<HomeResponse['own']>; timeZone: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="my-page">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('myPage.title')}
      </Text>
      <Part title={t('myPage.nextTitle')}>
        <NextConversation next={own.next} timeZone={timeZone} />
        {/* Planned already: nothing to ask for. Without a manager there is nobody to ask. */}
        {!own.next && me.manager && <RequestConversation manager={me.manager} timeZone={timeZone} />}
      </Part>
      <Part title={t('home.checkIns.title')} testId="my-check-ins">
        <CheckIns items={own.checkIns} timeZone={timeZone} />
      </Part>
      <Part title={t('home.goals.title')}>
        <MyGoals goals={own.goals} timeZone={timeZone} />
      </Part>
      <Part title={t('myPage.manager')}>
        {me.manager ? <PersonCard person={me.manager} testId="manager" /> : <Text as="p">{t('myPage.noManager')}</Text>}
      </Part>
      {own.managerSees && (
        <Part title={t('home.sees.title', { name: own.managerSees.manager.displayName })}>
          <ManagerSees sees={own.managerSees} />
        </Part>
      )}
    </section>
  );
}
