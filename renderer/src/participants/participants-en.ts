import type { ParticipantMessages } from './participants-nl.js';
import { plural } from '../i18n/plural.js';

const { count, pick } = plural('en');

/** The participants panel in English; exactly the keys of `participantsNl`. */
export const participantsEn: ParticipantMessages = {
  heading: 'Participants',
  count: (n) => count(n, 'participant', 'participants'),
  empty: 'No participants yet. Add them one by one, or paste a list from a spreadsheet.',
  tableCaption: 'Participants of this session',
  columns: {
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    email: 'Email',
    joinedMonth: 'Since',
    actions: 'Actions',
  },
  roles: {
    deelnemer: 'Participant',
    voorbereider: 'Preparer',
    procesbegeleider: 'Facilitator',
  },
  delete: 'Delete',
  deleteLabel: (name) => `Delete ${name}`,
  deleted: (name) => `${name} was deleted.`,
  undo: 'Undo',
  undoLabel: (name) => `Put ${name} back`,
  notFound: 'This participant or session no longer exists. It may have just been deleted.',
  add: {
    heading: 'Add a participant',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    email: 'Email (optional)',
    joinedMonth: 'In the collaboration since (optional)',
    joinedHint: 'Month and year, for example 2019-03 or March 2019.',
    joinedInvalid: 'In the collaboration since: write month and year, for example March 2019.',
    submit: 'Add',
    added: (name) => `${name} was added. You can type the next one right away.`,
  },
  paste: {
    heading: 'Paste a list',
    intro:
      'Copy the rows in your spreadsheet and paste them below. Without a header row the order is: name, organisation, role, email, since. With a header row the order may differ. Nothing is saved until you confirm the preview.',
    textareaLabel: 'Paste a list from a spreadsheet here',
    preview: 'Show preview',
    nothingPasted: 'Paste a list into the text box first.',
    previewHeading: 'Preview',
    headerFound: 'The first line was read as a header row with the column names.',
    unusedHeadings: (headings) => `These columns are not used: ${headings}.`,
    status: (readable, unreadable) =>
      `${count(readable, 'participant', 'participants')} can be added, ${count(unreadable, 'line', 'lines')} cannot`,
    statusAllReadable: (readable) =>
      pick(readable, `${count(readable, 'participant', 'participants')} can be added`, `All ${readable} participants can be added`),
    noneReadable: 'No line could be read. Change the list and show the preview again.',
    tooMany: (max) => `At most ${count(max, 'participant', 'participants')} can be added at once. Paste the list in parts.`,
    problemsHeading: 'These lines will not be added',
    problemLine: (line, reasons) => `Line ${line}: ${reasons}`,
    tableCaption: 'Preview of the pasted list',
    line: 'Line',
    check: 'Check',
    readable: 'OK',
    unreadable: (reasons) => `Cannot be read: ${reasons}`,
    confirm: (n) => `Add ${count(n, 'participant', 'participants')}`,
    cancel: 'Cancel',
    imported: (n) => `${count(n, 'participant', 'participants')} ${pick(n, 'was', 'were')} added.`,
    reasons: {
      missing_name: () => 'name is missing',
      unknown_role: (value) => `unknown role (${value})`,
      invalid_email: (value) => `email address is not valid (${value})`,
      invalid_month: (value) => `'since' is not a month and year (${value})`,
      too_many_columns: (value) => `more columns than expected (${value})`,
      too_long: (value, column) => `${column} too long (${value})`,
    },
    columnNames: {
      name: 'name',
      organisation: 'organisation',
      role: 'role',
      email: 'email address',
      joined: 'since',
      row: 'line',
    },
  },
};
