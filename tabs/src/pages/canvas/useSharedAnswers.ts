import { sharedAnswersBySection, type koerskaart, type PreparationResponse, type SharedAnswersBySection } from '@koers/domain';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { CanvasOpening } from '../../data/canvasOpening';
import type { Language, Locale } from '../../i18n/locale';

const NONE: SharedAnswersBySection = {};

/**
 * The employee's shared preparation answers per section, read again each time `version` goes up
 * (the canvas session's preparationVersion: the employee saved, or an announcement may have been
 * missed). Quiet by design: while loading, or when the preparation cannot be read, the canvas keeps
 * what it showed — none at first — since it works without them; a re-read never blanks them.
 */
export function useSharedAnswers(
  opening: CanvasOpening,
  conversationId: string,
  version: number,
  variant: koerskaart.KoerskaartVariant,
  language: Language | Locale,
): SharedAnswersBySection {
  const [response, setResponse] = useState<PreparationResponse>();
  useEffect(() => {
    const controller = new AbortController();
    opening.preparation(conversationId, controller.signal).then(
      (loaded) => {
        // A transition: every section renders again, in slices that leave typing free.
        if (!controller.signal.aborted) startTransition(() => setResponse(loaded));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [opening, conversationId, version]);
  return useMemo(() => (response ? sharedAnswersBySection(response, language, variant) : NONE), [response, language, variant]);
}
