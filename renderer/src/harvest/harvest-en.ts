import { plural } from '../i18n/plural.js';
import type { HarvestMessages } from './harvest-nl.js';

const { count } = plural('en');

/** The harvest and the participant guide in English, with the Dutch keys. */
export const harvestEn: HarvestMessages = {
  open: 'Make harvest',
  heading: 'Make harvest',
  intro: 'The report, a picture of every board, the milestones, the notes and a draft mail, together in one folder.',
  close: 'Close',
  names: {
    legend: 'Names in the harvest',
    full: 'Full names',
    initials: 'Initials only',
    none: 'No names',
    help: 'The facilitator’s notes and e-mail addresses are never in the report.',
  },
  recipients: {
    legend: 'Draft mail to',
    none: 'No participant has an e-mail address. The mail has no recipients; add them in your mail program.',
    withoutAddress: (n) => `Without an e-mail address (${count(n, 'participant', 'participants')}):`,
    chosen: (n, of) => `${n} of ${of} recipients chosen`,
  },
  preview: {
    heading: 'First page of the report',
    label: 'Preview of the report’s first page',
    contents: 'Contents',
    waiting: 'The preview appears once the session’s data is here.',
  },
  size: {
    drawing: 'Drawing the boards’ pictures…',
    estimate: (megabytes, boards) => `Mail attachments: about ${megabytes} MB (${count(boards, 'board picture', 'board pictures')}).`,
    tooBig: (megabytes, limit) => `With the pictures it is about ${megabytes} MB, more than ${limit} MB: many mail servers refuse such a message.`,
    leaveOut: 'Leave the pictures out of the mail',
    leaveOutHelp: 'The folder then also gets a report without pictures, which the mail carries. The pictures stay in the folder.',
  },
  make: 'Make harvest',
  progress: {
    board: (n, of, title) => `Board ${n} of ${of}: ${title}`,
    report: 'Making the report…',
    label: 'Progress of the harvest',
  },
  done: {
    heading: 'The harvest is ready',
    folder: (folder) => `Folder: ${folder}`,
    files: 'Files',
    mail: (n) => `The draft mail is addressed to ${count(n, 'recipient', 'recipients')}. Open the draft mail (.eml) to send it.`,
    mailOpened: (n) => `The draft mail to ${count(n, 'recipient', 'recipients')} is open in your mail program, ready to send.`,
    withoutImage: (titles) => `Without a picture, as text only: ${titles}.`,
  },
  failed: 'The harvest was not made; nothing half-made is left behind.',
  imageFailed: (title) => `The picture of ‘${title}’ could not be drawn.`,
  guide: {
    heading: 'Participant guide',
    help: 'To print beforehand: the programme with times, the work instructions and the interview questions with room for notes.',
    make: 'Make participant guide',
    making: 'Making the participant guide…',
    done: (path, pages) => `Participant guide saved (${count(pages, 'page', 'pages')}): ${path}`,
    failed: 'The participant guide was not made.',
  },
};
