import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PROGRESS_PERSON_FIELDS } from '@koers/domain';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  fields: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  description: { margin: 0 },
});

/**
 * "Wat ziet HR?": every employee can read exactly what HR sees about them. The list is the
 * progress board's own list of fields (PROGRESS_PERSON_FIELDS, the closed API schema), so this
 * page cannot say less than the board shows.
 */
export function HrViewPage() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page} data-testid="page-hr-view">
      <PageHeading>{t('hrView.title')}</PageHeading>
      <Text as="p" block>
        {t('hrView.intro')}
      </Text>
      <dl className={styles.fields} data-testid="hr-view-fields">
        {PROGRESS_PERSON_FIELDS.map((field) => (
          <div key={field} data-field={field}>
            <dt className={styles.term}>{t(`progress.field.${field}`)}</dt>
            <dd className={styles.description}>{t(`progress.about.${field}`)}</dd>
          </div>
        ))}
      </dl>
      <Text as="p" block>
        {t('hrView.counts')}
      </Text>
      <section className={styles.section} aria-labelledby="hr-view-never">
        <Text as="h2" id="hr-view-never" size={500} weight="semibold" className={styles.heading}>
          {t('hrView.never')}
        </Text>
        <Text as="p" block>
          {t('hrView.neverBody')}
        </Text>
      </section>
      <Text as="p" block>
        {t('hrView.log')}
      </Text>
    </div>
  );
}
