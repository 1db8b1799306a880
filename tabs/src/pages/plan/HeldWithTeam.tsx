import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useHome } from '../../data/home';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { HeldConversations } from '../home/HeldConversations';

/** The conversations a manager held with the team: once held they leave the planned list, not the page. */
export function HeldWithTeam() {
  const { t, language } = useI18n();
  const home = shown(useHome());
  if (home.status === 'loading') return <LoadingState label={t('home.loading')} testId="held-loading" />;
  if (home.status === 'error') return <ErrorState message={describeError(home.error, language, t)} onRetry={home.retry} />;
  return <HeldConversations items={home.data.history.filter((item) => item.role === 'manager')} timeZone={home.data.timeZone} />;
}
