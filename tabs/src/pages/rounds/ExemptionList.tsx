import { ExemptionReason, type RoundMemberView } from '@koers/domain';
import { makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ApiError } from '../../api/errors';
import { ErrorState } from '../../components/ErrorState';
import { useExemption } from '../../data/rounds';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  select: { width: '100%', maxWidth: '16rem', '& select': { width: '100%' } },
});

/** The API's own reason for a refused exemption ("not in this round"), when it named one. */
function reasonOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem?.errors?.[0]?.message : undefined;
}

/**
 * The members of a round, each with "doet mee" or a reason from the fixed list: HR sees everyone,
 * a manager their own members. A reason is one choice, never free text.
 */
export function ExemptionList({ roundId, members, disabled, showPartner }: { roundId: string; members: readonly RoundMemberView[]; disabled: boolean; showPartner: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const exemption = useExemption();
  const [busy, setBusy] = useState<string>();
  const [failed, setFailed] = useState<{ personId: string; error: unknown }>();
  const [said, setSaid] = useState<string>();

  const choose = async (member: RoundMemberView, value: string) => {
    const reason = value === '' ? undefined : ExemptionReason.parse(value);
    setBusy(member.personId);
    setFailed(undefined);
    try {
      await exemption.mutateAsync({ roundId, personId: member.personId, reason });
      setSaid(t('rounds.exemptSaved', { name: member.displayName, choice: reason ? t(`rounds.exemption.${reason}`) : t('rounds.exemptNone') }));
    } catch (error) {
      setFailed({ personId: member.personId, error });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={styles.root}>
      <Text as="p" size={200} id={hintId}>
        {t('rounds.exemptHint')}
      </Text>
      <ul className={styles.list} data-testid="round-members">
        {members.map((member) => (
          <li key={member.personId} className={styles.row} data-testid="round-member" data-person={member.personId}>
            <span className={styles.who}>
              <Text weight="semibold">{member.displayName}</Text>
              {showPartner && member.partnerName && <Text size={200}>{t('rounds.with', { name: member.partnerName })}</Text>}
            </span>
            <span className={styles.row}>
              <Select
                className={styles.select}
                aria-label={t('rounds.exemptLabel', { name: member.displayName })}
                aria-describedby={hintId}
                value={member.exemption?.reason ?? ''}
                disabled={disabled || busy !== undefined}
                onChange={(_e, d) => void choose(member, d.value)}
                data-testid="round-exemption"
              >
                <option value="">{t('rounds.exemptNone')}</option>
                {ExemptionReason.options.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`rounds.exemption.${reason}`)}
                  </option>
                ))}
              </Select>
              {busy === member.personId && <Spinner size="tiny" />}
            </span>
            {failed?.personId === member.personId && <ErrorState message={reasonOf(failed.error) ?? describeError(failed.error, language, t)} testId="round-exemption-error" />}
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {said && (
          <Text size={200} data-testid="round-exemption-saved">
            {said}
          </Text>
        )}
      </div>
    </div>
  );
}
