import type { PasteProblem, PasteRow } from '../../../shared/participants/participant-paste.js';
import type { ParticipantMessages } from './participants-nl.js';

/** Long cells are cut short in a reason; the preview table shows them whole. */
const short = (value: string): string => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** "e-mailadres klopt niet en blijft leeg (jan@@voorbeeld); 'sinds' is geen maand en jaar en blijft leeg (ooit)" */
export function reasonsText(problems: readonly PasteProblem[], p: ParticipantMessages): string {
  return problems.map((problem) => p.paste.reasons[problem.code](short(problem.value), p.paste.columnNames[problem.column])).join('; ');
}

/** "Regel 14: naam ontbreekt" */
export const problemLineText = (row: PasteRow, p: ParticipantMessages): string =>
  p.paste.problemLine(row.line, reasonsText(row.fields ? row.warnings : row.problems, p));
