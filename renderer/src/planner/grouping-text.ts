import type { Grouping } from '../../../shared/planner/werkvorm.js';
import type { Messages } from '../i18n/messages-nl.js';

export function groupingText(grouping: Grouping, t: Messages): string {
  const g = t.planner.grouping;
  return grouping.kind === 'groups' ? g.groups(grouping.size ?? 4, grouping.minSize) : g[grouping.kind];
}
