import { format, isValid, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Language } from '../i18n/i18n.js';

/** "donderdag 12 maart 2026" from "2026-03-12"; empty for no date. */
export function formatSessionDate(date: string, language: Language): string {
  if (!date) return '';
  const parsed = parseISO(date);
  return isValid(parsed) ? format(parsed, 'EEEE d MMMM yyyy', { locale: language === 'nl' ? nl : enGB }) : date;
}
