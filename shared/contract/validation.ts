import type { z } from 'zod';
import type { FieldProblem } from './result.js';

/**
 * Turns zod issues into field problems the UI can phrase in Dutch or English.
 * Parse with `{ reportInput: true }` so a wrong type is told from a missing value.
 */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(payload)';
    const numeric = issue.code === 'too_big' || issue.code === 'too_small' ? issue.origin === 'number' : false;
    if (issue.code === 'too_big')
      return numeric ? { field, problem: 'too_big', max: Number(issue.maximum) } : { field, problem: 'too_long', max: Number(issue.maximum) };
    if (issue.code === 'too_small' && numeric) return { field, problem: 'too_small', min: Number(issue.minimum) };
    if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined))
      return { field, problem: 'required' };
    if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input))
      return { field, problem: 'not_whole' };
    return { field, problem: 'invalid' };
  });
}
