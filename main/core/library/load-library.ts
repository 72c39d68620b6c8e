import fs from 'node:fs';
import path from 'node:path';
import { werkvormSchema, type Werkvorm } from '../../../shared/planner/werkvorm.js';
import { log } from '../log.js';

/**
 * Reads the werkvormen shipped in resources/werkvormen. Each file is checked
 * against the schema; one that does not fit is left out and logged, so a
 * damaged file never takes the planner down with it.
 */
export function loadLibrary(dir: string): Werkvorm[] {
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch (error) {
    log.error(`werkvormen library not found at ${dir}`, error);
    return [];
  }
  const werkvormen: Werkvorm[] = [];
  for (const file of files) {
    try {
      const parsed = werkvormSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
      if (parsed.success) werkvormen.push(parsed.data);
      else log.error(`werkvorm ${file} does not match the schema and is left out: ${parsed.error.message}`);
    } catch (error) {
      log.error(`werkvorm ${file} could not be read and is left out`, error);
    }
  }
  return werkvormen.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
