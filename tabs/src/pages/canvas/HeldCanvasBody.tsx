import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useCanvasRecord } from '../../data/canvasRecord';
import { useMe } from '../../data/people';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { ConversationRemarkPanel } from '../remark/RemarkPanel';
import { CanvasRecord } from './CanvasRecord';

/** The held Koerskaart itself, read when its fold is opened (HeldCanvas). */
export function HeldCanvasBody({ conversationId, level }: { conversationId: string; level: 3 | 4 }) {
  const { t, language } = useI18n();
  const me = useMe().data?.me.id ?? '';
  const record = shown(useCanvasRecord(conversationId, true));
  if (record.status === 'loading') return <LoadingState label={t('canvas.loading')} />;
  if (record.status === 'error') return <ErrorState message={describeError(record.error, language, t)} onRetry={record.retry} />;
  return (
    <>
      {record.data ? <CanvasRecord view={record.data} myUserId={me} level={level} /> : <p data-testid="canvas-record-none">{t('canvas.record.none')}</p>}
      <ConversationRemarkPanel conversationId={conversationId} myUserId={me} level={level === 3 ? 'h3' : 'h4'} />
    </>
  );
}
