import type { Block } from '../../../../shared/planner/agenda.js';
import { fail, type Result } from '../../../../shared/contract/result.js';
import { fitPhases, fixedMinutes } from '../../../../shared/planner/fit-phases.js';

/**
 * A block at a new length, its phases shortened with it in the same change;
 * refused when the length would cut into the phases its method fixes.
 */
export function withLength(block: Block, durationMinutes: number): Result<Block> {
  const phases = fitPhases(block.phases, durationMinutes);
  if (!phases) {
    const min = fixedMinutes(block.phases);
    return fail('invalid_payload', `Block ${block.id}: its fixed phases take ${min} minutes, more than ${durationMinutes}`, [
      { field: 'durationMinutes', problem: 'fixed_phases', min },
    ]);
  }
  return { ok: true, value: { ...block, durationMinutes, phases } };
}
