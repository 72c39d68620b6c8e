import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Language } from '../i18n/i18n.js';

/** "maart 2019" from "2019-03"; empty for none, and the text itself when it is no month. */
export function formatJoinedMonth(month: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return format(new Date(Number(match[1]), Number(match[2]) - 1, 1), 'MMMM yyyy', { locale: language === 'nl' ? nl : enGB });
}
