import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import type { Language } from '../i18n/i18n.js';

/** "zondag 30 november 2026, 18:05": a back-up is found by when it was made. */
export function formatBackupTime(iso: string, language: Language): string {
  return format(new Date(iso), "EEEE d MMMM yyyy, HH:mm", { locale: language === 'nl' ? nl : enGB });
}

/** "1,4 MB" in Dutch, "1.4 MB" in English. */
export function formatSize(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units[unit]}`;
}
