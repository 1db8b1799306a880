import type { DevPersona } from '@koers/contracts';
import { CompoundButton, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { DevApi } from '../api/devApi';
import { describeError } from '../api/describeError';
import type { DevSession } from '../auth/devSession';
import { writeDevSession } from '../auth/devSession';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useDevPersonas } from '../data/dev';
import { shown } from '../data/shown';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))',
  },
  button: { width: '100%', maxWidth: 'none', justifyContent: 'flex-start', textAlign: 'start' },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

interface Organisation {
  tenantId: string;
  name: string;
  personas: DevPersona[];
}

function byOrganisation(personas: DevPersona[]): Organisation[] {
  const groups = new Map<string, Organisation>();
  for (const persona of personas) {
    const group = groups.get(persona.tenantId) ?? { tenantId: persona.tenantId, name: persona.organisation, personas: [] };
    group.personas.push(persona);
    groups.set(persona.tenantId, group);
  }
  return [...groups.values()];
}

function OrganisationGroup({ organisation, pending, onPick }: {
  organisation: Organisation;
  pending: string | undefined;
  onPick: (persona: DevPersona) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="persona-group">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {organisation.name}
      </Text>
      <ul role="list" className={styles.list}>
        {organisation.personas.map((persona) => (
          <li key={persona.email}>
            <CompoundButton
              className={styles.button}
              secondaryContent={persona.jobTitle}
              icon={pending === persona.email ? <Spinner size="tiny" /> : undefined}
              disabledFocusable={pending !== undefined}
              onClick={() => onPick(persona)}
              data-testid="persona"
              data-email={persona.email}
            >
              {persona.displayName}
            </CompoundButton>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface PersonaPageProps {
  dev: DevApi;
  /** Why the user is here again (e.g. the session expired). */
  message?: string;
  onSignedIn: (session: DevSession) => void;
}

/** Outside Teams in local mode: pick one of the sample people; the dev issuer mints their token. */
export function PersonaPage({ dev, message, onSignedIn }: PersonaPageProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const personas = shown(useDevPersonas(dev));
  const [pending, setPending] = useState<string>();
  const [signInError, setSignInError] = useState<unknown>();

  const pick = async (persona: DevPersona) => {
    setPending(persona.email);
    setSignInError(undefined);
    try {
      const accessToken = await dev.mintToken(persona.email);
      const session = { email: persona.email, displayName: persona.displayName, accessToken };
      writeDevSession(session);
      onSignedIn(session);
    } catch (error) {
      setSignInError(error);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <div className={styles.page} data-testid="persona-picker">
      <div>
        <PageHeading>{t('persona.title')}</PageHeading>
        <Text as="p" block>
          {t('persona.intro')}
        </Text>
      </div>
      {message && (
        <MessageBar intent="warning" data-testid="signed-out-message">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {signInError !== undefined && <ErrorState message={describeError(signInError, language, t)} />}
      {personas.status === 'loading' && <LoadingState label={t('persona.loading')} />}
      {personas.status === 'error' && (
        <ErrorState message={describeError(personas.error, language, t)} onRetry={personas.retry} />
      )}
      {personas.status === 'ready' && personas.data.length === 0 && (
        <EmptyState level="h2" title={t('state.errorTitle')}>
          {t('persona.empty')}
        </EmptyState>
      )}
      {personas.status === 'ready' &&
        byOrganisation(personas.data).map((organisation) => (
          <OrganisationGroup
            key={organisation.tenantId}
            organisation={organisation}
            pending={pending}
            onPick={(persona) => void pick(persona)}
          />
        ))}
    </div>
  );
}
