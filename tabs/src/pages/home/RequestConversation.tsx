import type { PersonSummary } from '@koers/domain';
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useOpenRequest } from '../../data/cycle';
import { firstName } from '../../format/names';
import { useI18n } from '../../i18n/I18nContext';
import { lazyComponent } from '../../lazyComponent';

// Asked for by few, and only on a click: the form's code is fetched then (or ahead, when the
// button is pointed at or reached with the keyboard).
const RequestConversationForm = lazyComponent(() => import('./RequestConversationForm').then((m) => m.RequestConversationForm));
// A failure is not shown here: the form's own load tries again and the page's boundary reports it.
const fetchFormAhead = () => void RequestConversationForm.preload().catch(() => undefined);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
  heading: { margin: 0 },
});

/**
 * "Gesprek aanvragen": the employee asks, with an optional note and the days they would like it
 * in; the manager gets the same card with proposals as when they plan one themselves. Once asked,
 * the page says so (and when) instead of offering to ask again.
 */
export function RequestConversation({ manager, timeZone }: { manager: PersonSummary; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const open = useOpenRequest();
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Back to the button the form was opened with once it closes without a request sent.
  const [closed, setClosed] = useState(false);
  const name = firstName(manager.displayName);

  useEffect(() => {
    if (closed) opener.current?.focus();
  }, [closed]);

  const waiting = open.data?.request;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="request-conversation">
      <Text as="h4" id={headingId} size={300} weight="semibold" block className={styles.heading}>
        {t('request.title')}
      </Text>
      <div role="status" aria-live="polite">
        {waiting && (
          <MessageBar intent="success" layout="multiline" data-testid="request-sent">
            <MessageBarBody>
              <MessageBarTitle>{t('request.sentTitle')}</MessageBarTitle>
              {t('request.sent', { date: formatDateTime(waiting.at, timeZone, { dateStyle: 'long' }), manager: name })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!waiting && open.status !== 'pending' && (
        <>
          <Text as="p" block>
            {t('request.intro', { manager: name })}
          </Text>
          {!editing ? (
            <div>
              <Button
                ref={opener}
                appearance="primary"
                onPointerEnter={fetchFormAhead}
                onFocus={fetchFormAhead}
                onClick={() => {
                  setClosed(false);
                  setEditing(true);
                }}
                data-testid="request-open"
              >
                {t('request.open')}
              </Button>
            </div>
          ) : (
            <Suspense fallback={<Spinner size="tiny" label={t('homeForms.loading')} />}>
              <RequestConversationForm
                managerName={name}
                onClose={() => {
                  setEditing(false);
                  setClosed(true);
                }}
              />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
