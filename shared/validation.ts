import type { z } from 'zod';
import type { FieldProblem } from './result.js';

/** Turns zod issues into field problems the UI can phrase in Dutch or English. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(payload)';
    if (issue.code === 'too_big') return { field, problem: 'too_long', max: Number(issue.maximum) };
    if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined))
      return { field, problem: 'required' };
    return { field, problem: 'invalid' };
  });
}
