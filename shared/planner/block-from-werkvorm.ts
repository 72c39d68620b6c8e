import type { BlockFields } from './agenda.js';
import type { Werkvorm } from './werkvorm.js';

/** A new agenda block filled from a library werkvorm. */
export function blockFromWerkvorm(werkvorm: Werkvorm): BlockFields {
  return {
    title: werkvorm.name,
    werkvormId: werkvorm.id,
    durationMinutes: werkvorm.durationMinutes,
    fixedStart: '',
    grouping: werkvorm.grouping,
    roles: werkvorm.roles,
    instructions: werkvorm.instructions,
    facilitatorNotes: werkvorm.facilitatorNotes ?? '',
    materials: werkvorm.materials.join(', '),
    phases: werkvorm.phases,
    questions: werkvorm.questions ?? [],
  };
}
