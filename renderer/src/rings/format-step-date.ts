import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';

/** "di 1 december 2026": a next step's date, with its weekday, as the room said it. */
export function formatStepDate(iso: string, language: 'nl' | 'en'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day), 'EEEEEE d MMMM yyyy', { locale: language === 'nl' ? nl : enGB });
}
