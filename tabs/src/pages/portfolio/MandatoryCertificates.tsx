import type { MandatoryCertificatesView } from '@koers/domain';
import { Badge, Card, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { civilDateLabel } from './timelineText';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const COLOR: Record<MandatoryCertificatesView['items'][number]['state'], BadgeProps['color']> = {
  geldig: 'success',
  'verloopt-binnenkort': 'warning',
  verlopen: 'danger',
  ontbreekt: 'danger',
};

/** The certificates the owner's function requires: valid until when, expiring soon, expired or missing. */
export function MandatoryCertificates({ view }: { view: MandatoryCertificatesView }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <Card appearance="outline" className={styles.card} data-testid="mandatory-certificates">
      <section aria-labelledby={headingId} className={styles.card}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {t('certificates.title')}
        </Text>
        <Text as="p">{t('certificates.intro', { function: view.function.name })}</Text>
        <ul className={styles.list}>
          {view.items.map((item) => {
            const date = item.expiresOn ? civilDateLabel(item.expiresOn, locale) : '';
            const when =
              item.state === 'ontbreekt'
                ? t('certificates.missing')
                : !item.expiresOn
                  ? t('certificates.lifelong')
                  : item.state === 'verlopen'
                    ? t('certificates.expiredOn', { date })
                    : t('certificates.validUntil', { date });
            return (
              <li key={item.certificateId} className={styles.row} data-testid="mandatory-certificate" data-certificate-id={item.certificateId} data-state={item.state}>
                <Text weight="semibold">{item.name}</Text>
                <Badge appearance={item.state === 'geldig' ? 'tint' : 'filled'} color={COLOR[item.state]}>
                  {t(`certificates.state.${item.state}`)}
                </Badge>
                <Text>{when}</Text>
                {item.course && item.state !== 'geldig' && <Text className={styles.muted}>· {t('certificates.course', { title: item.course.title })}</Text>}
              </li>
            );
          })}
        </ul>
      </section>
    </Card>
  );
}
