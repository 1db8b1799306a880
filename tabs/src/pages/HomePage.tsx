import type { MeResponse } from '@koers/contracts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { firstName } from '../format/names';
import { useI18n } from '../i18n/I18nContext';
import { MyPageSection } from './home/MyPageSection';
import { PrivacySection } from './home/PrivacySection';
import { TeamSection } from './home/TeamSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Job titles are stored lower case ("monteur"); a sentence that starts with one needs a capital. */
function sentence(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function HomePage({ me }: { me: MeResponse }) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useStyles();
  const organisation = me.organisation.name;
  const leadsTeam = me.reports.length > 0 || me.me.roles.includes('manager');
  // Someone with a manager, or without a team, has their own career path to show.
  const hasOwnPage = me.manager !== undefined || !leadsTeam;
  return (
    <div className={styles.page} data-testid="page-home">
      <div className={styles.intro}>
        <PageHeading>{t('home.greeting', { firstName: firstName(me.me.displayName) })}</PageHeading>
        <Text as="p" block data-testid="organisation">
          {me.me.jobTitle
            ? sentence(t('home.roleAt', { jobTitle: me.me.jobTitle, organisation }), locale)
            : t('home.at', { organisation })}
        </Text>
        <Text as="p" block>
          {t('home.today', { date: formatDateTime(new Date(), me.organisation.timeZone, { dateStyle: 'full' }) })}
        </Text>
      </div>
      {leadsTeam && <TeamSection reports={me.reports} />}
      {hasOwnPage && <MyPageSection me={me} />}
      <PrivacySection me={me} />
    </div>
  );
}
