import { plural } from '../i18n/plural.js';
import type { RoomMessages } from './room-nl.js';

const { count } = plural('en');

export const roomEn: RoomMessages = {
  theme: {
    label: 'Positive theme',
    hint: 'Short, as it reads mid-sentence, for instance ‘working together around the resident’. It goes into instructions and questions wherever {thema} stands.',
    missing: 'This block names the positive theme, but none is filled in yet: the beamer then shows ‘our theme’. Fill it in under Details.',
    unknown: (words) => `Unknown placeholder ${words}: the beamer shows only the word.`,
  },
  questions: {
    heading: 'Questions',
    hint: '{thema} becomes the positive theme. In this order on the beamer and in the participants’ guide.',
    question: (n) => `Question ${n}`,
    moveUp: (n) => `Question ${n} up`,
    moveDown: (n) => `Question ${n} down`,
    remove: (n) => `Remove question ${n}`,
    newLabel: 'New question',
    add: 'Add question',
    addSet: (name) => `Add question set: ${name}`,
    empty: 'No questions yet.',
    emptyQuestion: (n) => `Question ${n}: type a question, or remove it.`,
    full: (max) => `A block has at most ${max} questions.`,
    keys: 'Alt+↑/↓ moves the question you are in.',
  },
  live: {
    heading: 'For this block',
    notes: 'Your notes',
    noNotes: 'No notes.',
    materials: 'Materials',
    noMaterials: 'No materials.',
    grouping: 'Work in',
    roles: 'Roles: reader, time keeper and mood keeper.',
    phaseGrouping: (phase, grouping) => `${phase}: ${grouping}`,
    openBoard: 'Open this block’s board',
    makeBoard: 'Make a board for this block',
    questions: 'Questions',
    noQuestions: 'This block has no questions.',
    onBeamer: 'on the beamer',
    showQuestion: (n) => `Question ${n} on the beamer`,
    previous: 'Previous question',
    next: 'Next question',
    showAll: 'All questions on the beamer',
    allOnBeamer: 'All questions are on the beamer',
    takeOff: 'Questions off the beamer',
    keys: 'PageDown next question · PageUp previous question · V question on or off · L all questions',
  },
  beamer: {
    questionOf: (n, total) => `Question ${n} of ${total}`,
    questions: (n) => count(n, 'question', 'questions'),
  },
  packing: {
    tab: 'Packing list',
    heading: 'Packing list',
    intro: 'Every material of the programme, each once, with the blocks that need it.',
    empty: 'No block names any materials. Fill them in on the blocks of the programme.',
    print: 'Print',
    count: (n) => count(n, 'thing', 'things'),
    for: 'For',
  },
};
