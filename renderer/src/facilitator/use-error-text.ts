import { useCallback } from 'react';
import type { AppError } from '../../../shared/contract/result.js';
import { errorText } from '../i18n/error-text.js';
import { useI18n } from '../i18n/i18n.js';

/** Turns an error from main into sentences, naming form fields by their labels. */
export function useErrorText(): (error: AppError) => string[] {
  const { t } = useI18n();
  return useCallback(
    (error: AppError) =>
      errorText(error, t, (field) => {
        const key = field.split('.').pop() ?? field;
        const labels: Record<string, unknown> = { ...t.planner.fields, ...t.form, nameDisplay: t.form.nameDisplay.legend };
        const label = labels[key];
        return typeof label === 'string' ? label : key;
      }),
    [t],
  );
}
