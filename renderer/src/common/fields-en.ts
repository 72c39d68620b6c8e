import type { FieldMessages } from './fields-nl.js';

export const fieldsEn: FieldMessages = {
  reading: (text) => `= ${text}`,
  yearOnly: 'only a year: January',
  day: {
    notes: {
      last_day_of_month: 'the last day of that month',
      month_too_short: 'that month is shorter, so its last day',
      weekend: 'note: that is in the weekend',
    },
    unreadable: 'I do not understand this date. Name a day (in Dutch): ‘volgende week dinsdag’, ‘15 maart’ or ‘over twee weken’.',
    noDayMonth: 'A month is not a day. Name a day: ‘15 maart’, ‘dinsdag 3 maart’ or ‘eind maart’ (the last day).',
    noDayWeek: 'A week is not a day. Name a day: ‘volgende week dinsdag’ or ‘vrijdag’.',
    noDayVague: 'That is not a day. Name one: ‘volgende week dinsdag’, ‘15 maart’ or ‘over twee weken’.',
    twoReadings: (first, second) => `That could be ${first} or ${second}. Write ‘deze week …’ or ‘volgende week …’.`,
    noSuchDayEver: (day, month, days) => `${day} ${month} does not exist: ${month} has ${days} days.`,
    noSuchDayIn: (day, month, year) => `${day} ${month} ${year} does not exist. Pick another day or year.`,
    wrongWeekday: (date, said) => `${date} is not a ${said}. Give only the date, or the weekday that goes with it.`,
    shortYear: 'Write the year in full, for example 15-3-2027 or 15 maart 2027.',
    past: (date) => `${date} has passed. Name today or a day still to come.`,
  },
  fuzzy: {
    span: (from, to) => `${from} to ${to}`,
    hedge: (word) => `the bar cannot show ‘${word}’: the card sits at this date`,
    coarser: (word) => `‘${word}’ is left out: the card covers the whole period`,
    twoDigitYear: (written, year) => `${written} read as ${year}`,
    holidayOn: (name, day) => `${name}: ${day}`,
    holidayIn: (name) => `‘${name}’ falls in this period`,
    unreadable: 'I do not understand this date. Write for example: 2019, maart 2019, Q3 2019, zomer ’19, kerst 2019 or eind 2021.',
    noYear: 'Add a year, for example ‘maart 2019’, ‘Q3 2019’ or ‘kerst 2019’.',
    twoDigitYearRefused: 'Write the year in full (2019) or with an apostrophe (’19).',
    ambiguousDecade: 'Which century? Write ‘jaren 1920’ or ‘jaren 2020’.',
    doesNotExist: 'This date does not exist. Check the day and the month.',
    outOfRange: 'Pick a year between 1900 and 2100.',
  },
  time: {
    placeholder: 'hh:mm',
    hint: '24-hour clock: 9:30, 930 or 21:05',
    invalid: (field) => `${field}: write a time such as 9:30 or 21:05.`,
  },
  number: {
    invalid: (field) => `${field}: write a number, for example 6.5.`,
  },
};
