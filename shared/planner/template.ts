import type { BlockFields } from './agenda.js';

/** A block the facilitator saved to reuse in any session. */
export interface Template {
  id: string;
  name: string;
  fields: BlockFields;
  createdAt: string;
}
