import type { PasteRow } from '../../../shared/participants/participant-paste.js';
import type { ParticipantMessages } from './participants-nl.js';

/** Long cells are cut short in a reason; the preview table shows them whole. */
const short = (value: string): string => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** "e-mailadres klopt niet (jan@@voorbeeld); rol onbekend (baas)" */
export function reasonsText(row: PasteRow, p: ParticipantMessages): string {
  return row.problems
    .map((problem) => p.paste.reasons[problem.code](short(problem.value), p.paste.columnNames[problem.column]))
    .join('; ');
}

/** "Regel 14: e-mailadres klopt niet (jan@@voorbeeld)" */
export const problemLineText = (row: PasteRow, p: ParticipantMessages): string =>
  p.paste.problemLine(row.line, reasonsText(row, p));
