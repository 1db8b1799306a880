import type { PersonSummary, TeamRow } from '@koers/domain';
import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { useCreatePop } from '../../data/popWrites';
import { navigateToHash } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/I18nContext';
import { popHref, routeHref } from '../../routes';

/** Where an action that only opens a page goes. */
function hrefOf(action: TeamRow['nextAction']): string | undefined {
  switch (action.kind) {
    case 'help':
    case 'approve-pop':
    case 'check-in':
      return action.popId ? popHref(action.popId) : routeHref('pop');
    case 'prepare':
      return routeHref('prepare');
    case 'plan-conversation':
      return routeHref('plan');
    default:
      return undefined;
  }
}

/** "POP maken": the plan of a held conversation, drafted from its Koerskaart, then opened. */
function MakePop({ person, conversationId, label }: { person: PersonSummary; conversationId: string; label: string }) {
  const { t, language } = useI18n();
  const creation = useCreatePop();
  // One key per intent, kept across retries (the plan's id comes from the conversation anyway).
  const requestId = useRef<string>(undefined);
  const [error, setError] = useState<unknown>();
  const make = async () => {
    if (creation.isPending) return;
    requestId.current ??= crypto.randomUUID();
    setError(undefined);
    try {
      const view = await creation.mutateAsync({ employeeId: person.id, conversationId, requestId: requestId.current });
      navigateToHash(popHref(view.pop.id));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <Button
        appearance="primary"
        size="small"
        aria-label={label}
        disabledFocusable={creation.isPending}
        icon={creation.isPending ? <Spinner size="tiny" /> : undefined}
        onClick={() => void make()}
        data-testid="next-action"
        data-kind="make-pop"
      >
        {creation.isPending ? t('team.action.busy') : t('team.action.make-pop')}
      </Button>
      {error !== undefined && (
        <Text as="p" size={200} role="alert">
          {describeError(error, language, t)}
        </Text>
      )}
    </>
  );
}

/** The one next step for a team member, as a link to the page where it is done (or a button that does it). */
export function NextAction({ row }: { row: TeamRow }) {
  const { t } = useI18n();
  const action = row.nextAction;
  const text = t(`team.action.${action.kind}`);
  const label = t('team.action.label', { action: text, name: row.person.displayName });
  if (action.kind === 'make-pop' && action.conversationId) return <MakePop person={row.person} conversationId={action.conversationId} label={label} />;
  const href = hrefOf(action);
  if (!href) return <Text>{text}</Text>;
  return (
    <Link href={href} aria-label={label} data-testid="next-action" data-kind={action.kind}>
      {text}
    </Link>
  );
}
