import { useCallback } from 'react';
import type { AppError } from '../../../shared/contract/result.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';

/** Turns an error from main into sentences, naming participant fields by their column names. */
export function useParticipantErrorText(): (error: AppError) => string[] {
  const { t } = useI18n();
  return useCallback(
    (error: AppError) => {
      if (error.code === 'not_found') return [t.participants.notFound];
      return errorText(error, t, (field) => {
        const key = field.split('.').pop() ?? field;
        return (t.participants.columns as Record<string, string | undefined>)[key] ?? key;
      });
    },
    [t],
  );
}
