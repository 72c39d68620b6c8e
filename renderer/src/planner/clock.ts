import { format } from 'date-fns';

export const hhmm = (date: Date): string => format(date, 'HH:mm');
