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
        const parts = field.split('.');
        // "changes.questions.2": the third question, by its number.
        const place = /^\d+$/.test(parts.at(-1) ?? '') ? Number(parts.pop()) : undefined;
        const key = parts.pop() ?? field;
        if (key === 'questions') return place === undefined ? t.room.questions.heading : t.room.questions.question(place + 1);
        const labels: Record<string, unknown> = { ...t.planner.fields, ...t.form, nameDisplay: t.form.nameDisplay.legend, theme: t.room.theme.label };
        const label = labels[key];
        return typeof label === 'string' ? label : key;
      }),
    [t],
  );
}
