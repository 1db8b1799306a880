import type { PersonSummary } from '@koers/domain';
import { makeStyles, Text } from '@fluentui/react-components';
import { Tile } from './Tile';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column' },
});

/**
 * One person as a card: name and job title. Plain text, no avatar: the home page is the first
 * thing the tab loads, and initials in a circle say nothing the name does not.
 */
export function PersonCard({ person, testId }: { person: PersonSummary; testId?: string }) {
  const styles = useStyles();
  return (
    <Tile size="small" className={styles.card} data-testid={testId} data-person-id={person.id}>
      <Text weight="semibold">{person.displayName}</Text>
      {person.jobTitle && <Text size={200}>{person.jobTitle}</Text>}
    </Tile>
  );
}
