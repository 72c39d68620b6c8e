import { format } from 'date-fns';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { MilestoneEvent } from '../../../shared/actions/milestone-calendar.js';
import { fileNameFrom } from '../export/file-name.js';

/** A name a facilitator recognises in a folder: the session, what it holds, and when it was exported. */
export function calendarFileName(sessionTitle: string, at: Date): string {
  return `${fileNameFrom(sessionTitle, 'Bijeenkomst')} mijlpalen ${format(at, 'yyyy-MM-dd HH.mm')}.ics`;
}

/**
 * The milestones as one iCalendar file of all-day events. A day is given as
 * noon UTC, which the library writes as its UTC date: the same calendar day
 * wherever the file is made or opened.
 */
export function calendarText(title: string, events: readonly MilestoneEvent[], stamp: Date): string {
  const calendar = ical({ name: `${title} – mijlpalen`, prodId: { company: 'Flipover', product: 'Flipover', language: 'NL' }, method: ICalCalendarMethod.PUBLISH });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: new Date(Date.UTC(event.day.year, event.day.month - 1, event.day.day, 12)),
      summary: event.summary,
      description: event.description,
      stamp,
    });
  }
  return calendar.toString();
}
