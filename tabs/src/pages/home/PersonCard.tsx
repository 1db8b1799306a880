import type { PersonSummary } from '@koers/domain';
import { Card, Persona } from '@fluentui/react-components';

/** One person as a card: name and job title. */
export function PersonCard({ person, testId }: { person: PersonSummary; testId?: string }) {
  return (
    <Card size="small" appearance="outline" data-testid={testId} data-person-id={person.id}>
      <Persona name={person.displayName} secondaryText={person.jobTitle} avatar={{ color: 'neutral' }} />
    </Card>
  );
}
