import type { PersonSummary } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nContext';
import { PersonCard } from './PersonCard';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

/** "Mijn team": the manager's direct reports. */
export function TeamSection({ reports }: { reports: PersonSummary[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const sorted = [...reports].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <section aria-labelledby={headingId} data-testid="my-team">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('team.title')}
      </Text>
      {sorted.length === 0 ? (
        <EmptyState level="h3" title={t('team.emptyTitle')} testId="team-empty">
          {t('team.emptyBody')}
        </EmptyState>
      ) : (
        <ul role="list" aria-label={t('team.listLabel')} className={styles.list}>
          {sorted.map((person) => (
            <li key={person.id}>
              <PersonCard person={person} testId="report" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
