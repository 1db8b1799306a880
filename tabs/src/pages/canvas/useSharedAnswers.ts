import { sharedAnswersBySection, type koerskaart, type SharedAnswersBySection } from '@koers/domain';
import { useMemo } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { useAsync } from '../../hooks/useAsync';
import type { Language } from '../../i18n/locale';

const NONE: SharedAnswersBySection = {};

/**
 * The employee's shared preparation answers per section. Quiet by design: while loading, or when
 * the preparation cannot be read, the canvas simply shows none — it works without them.
 */
export function useSharedAnswers(api: CanvasApi, conversationId: string, variant: koerskaart.KoerskaartVariant, language: Language): SharedAnswersBySection {
  const loaded = useAsync((signal) => api.preparation(conversationId, signal), `preparation:${conversationId}`);
  const response = loaded.status === 'ready' ? loaded.data : undefined;
  return useMemo(() => (response ? sharedAnswersBySection(response, language, variant) : NONE), [response, language, variant]);
}
