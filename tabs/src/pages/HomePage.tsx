import type { MeResponse } from '@koers/contracts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { describeError } from '../api/describeError';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useHome } from '../data/home';
import { useShownInSlices } from '../data/shown';
import { firstName } from '../format/names';
import { useI18n } from '../i18n/I18nContext';
import { HeldConversations } from './home/HeldConversations';
import { LanguageSetting } from './home/LanguageSetting';
import { MyPageSection } from './home/MyPageSection';
import { PrivacySection } from './home/PrivacySection';
import { TeamSection } from './home/TeamSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Holds a line's height while its text is not known yet. */
const EMPTY_LINE = '\u00a0';

/** Job titles are stored lower case ("monteur"); a sentence that starts with one needs a capital. */
function sentence(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Start": what to do next — the team's next steps for a manager, one's own conversation, goals and check-ins, and what was held. */
export function HomePage({ me }: { me: MeResponse }) {
  const { t, locale, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const home = useShownInSlices(useHome());
  const organisation = me.organisation.name;
  return (
    <div className={styles.page} data-testid="page-home">
      <div className={styles.intro}>
        <PageHeading>{t('home.greeting', { firstName: firstName(me.me.displayName) })}</PageHeading>
        <Text as="p" block data-testid="organisation">
          {me.me.jobTitle ? sentence(t('home.roleAt', { jobTitle: me.me.jobTitle, organisation }), locale) : t('home.at', { organisation })}
        </Text>
        {home.status === 'ready' ? (
          // The app's clock and the organisation's zone: the same "today" as the server's.
          <Text as="p" block data-testid="today">
            {t('home.today', { date: formatDateTime(home.data.now, home.data.timeZone, { dateStyle: 'full' }) })}
          </Text>
        ) : (
          // Its line is kept while /home is read, so that nothing below moves when it arrives.
          <Text as="p" block aria-hidden="true">
            {EMPTY_LINE}
          </Text>
        )}
      </div>
      {home.status === 'loading' && <LoadingState label={t('home.loading')} testId="home-loading" />}
      {home.status === 'error' && <ErrorState message={describeError(home.error, language, t)} onRetry={home.retry} testId="home-error" />}
      {home.status === 'ready' && (
        <>
          {home.data.team && <TeamSection rows={home.data.team} timeZone={home.data.timeZone} />}
          {home.data.own && <MyPageSection me={me} own={home.data.own} timeZone={home.data.timeZone} />}
          <HeldConversations items={home.data.history} timeZone={home.data.timeZone} />
        </>
      )}
      {/* Below what /home brings, so shown once it is here: appearing, not pushed down by it. */}
      {home.status !== 'loading' && (
        <>
          <LanguageSetting me={me} />
          <PrivacySection me={me} />
        </>
      )}
    </div>
  );
}
