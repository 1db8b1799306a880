import { formatCivilDate } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useTeamRounds } from '../../data/rounds';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { ExemptionList } from '../rounds/ExemptionList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** The running rounds a manager's members are in: who takes part, and a reason for who does not. Nothing when there are none. */
export function TeamRounds() {
  const { t, language, locale } = useI18n();
  const styles = useStyles();
  const rounds = shown(useTeamRounds());
  // A section most managers do not have: nothing while it loads, rather than a spinner that goes away.
  if (rounds.status === 'loading') return null;
  if (rounds.status === 'error') return <ErrorState message={describeError(rounds.error, language, t)} onRetry={rounds.retry} />;
  if (rounds.data.rounds.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="team-rounds-title" data-testid="team-rounds">
      <Text as="h2" id="team-rounds-title" size={600} weight="semibold">
        {t('rounds.team.title')}
      </Text>
      {rounds.data.rounds.map(({ round, members }) => (
        <div key={round.id} className={styles.section} data-testid="team-round" data-round={round.id}>
          <Text as="p">{t('rounds.team.intro', { round: round.name, to: formatCivilDate(round.period.to, locale) })}</Text>
          <ExemptionList roundId={round.id} members={members} disabled={false} showPartner={false} />
        </div>
      ))}
    </section>
  );
}
