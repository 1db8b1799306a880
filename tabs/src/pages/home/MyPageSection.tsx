import type { MeResponse } from '@koers/contracts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { NextConversation } from './NextConversation';
import { PersonCard } from './PersonCard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** "Mijn pagina": the person's own manager and what comes next for them. */
export function MyPageSection({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="my-page">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('myPage.title')}
      </Text>
      <div className={styles.part}>
        <Text as="h3" size={400} weight="semibold" block className={styles.heading}>
          {t('myPage.manager')}
        </Text>
        {me.manager ? (
          <PersonCard person={me.manager} testId="manager" />
        ) : (
          <Text as="p" block>
            {t('myPage.noManager')}
          </Text>
        )}
      </div>
      <div className={styles.part}>
        <Text as="h3" size={400} weight="semibold" block className={styles.heading}>
          {t('myPage.nextTitle')}
        </Text>
        <NextConversation me={me} />
      </div>
    </section>
  );
}
