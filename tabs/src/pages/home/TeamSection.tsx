import type { TeamRow } from '@koers/domain';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nContext';
import { NextAction } from './NextAction';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS}` },
  // The table keeps its columns; on a narrow screen it scrolls sideways inside its own box, never the page.
  scroller: {
    maxWidth: '100%',
    overflowX: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '56rem' },
  caption: { textAlign: 'start', padding: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  person: { display: 'flex', flexDirection: 'column', fontWeight: tokens.fontWeightRegular },
});

/** "Mijn team": per person what is known — last and next conversation, preparation, POP, help, check-ins — and the next step. */
export function TeamSection({ rows, timeZone }: { rows: readonly TeamRow[]; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const date = (iso: string) => formatDateTime(iso, timeZone, { dateStyle: 'medium' });
  const dateTime = (iso: string) => formatDateTime(iso, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
  const columns = ['team.col.person', 'team.col.lastHeld', 'team.col.next', 'team.col.prep', 'team.col.pop', 'team.col.help', 'team.col.checkIns', 'team.col.action'] as const;
  return (
    <section aria-labelledby={headingId} data-testid="my-team">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('team.title')}
      </Text>
      {rows.length === 0 ? (
        <EmptyState level="h3" title={t('team.emptyTitle')} testId="team-empty">
          {t('team.emptyBody')}
        </EmptyState>
      ) : (
        // Focusable, so the keyboard can scroll the table sideways too.
        <div role="region" aria-label={t('team.table.scroll')} tabIndex={0} className={styles.scroller}>
          <table className={styles.table} data-testid="team-table">
            <caption className={styles.caption}>{t('team.table.caption')}</caption>
            <thead>
              <tr>
                {columns.map((key) => (
                  <th key={key} scope="col" className={`${styles.cell} ${styles.head}`}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.person.id} data-testid="report" data-person-id={row.person.id} data-action={row.nextAction.kind}>
                  <th scope="row" className={styles.cell}>
                    <span className={styles.person}>
                      <Text weight="semibold">{row.person.displayName}</Text>
                      {row.person.jobTitle && <Text size={200}>{row.person.jobTitle}</Text>}
                    </span>
                  </th>
                  <td className={styles.cell} data-col="last-held">
                    {row.lastHeld ? date(row.lastHeld.at) : t('team.neverHeld')}
                  </td>
                  <td className={styles.cell} data-col="next">
                    {row.nextPlanned ? dateTime(row.nextPlanned.start) : t('team.notPlanned')}
                  </td>
                  <td className={styles.cell} data-col="prep">
                    {row.preparationDone === undefined ? t('team.prep.none') : row.preparationDone ? t('team.prep.done') : t('team.prep.open')}
                  </td>
                  <td className={styles.cell} data-col="pop">
                    {row.popStatus === 'geen' ? t('team.pop.geen') : t(`pop.status.${row.popStatus}`)}
                  </td>
                  <td className={styles.cell} data-col="help">
                    {row.helpNeeded > 0 ? (
                      <Badge appearance="filled" color="warning">
                        {t('team.help', { count: row.helpNeeded })}
                      </Badge>
                    ) : (
                      t('team.help', { count: 0 })
                    )}
                  </td>
                  <td className={styles.cell} data-col="check-ins">
                    {t('team.checkIns', { count: row.overdueCheckIns })}
                  </td>
                  <td className={styles.cell} data-col="action">
                    <NextAction row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
