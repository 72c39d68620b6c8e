import type { Migration } from './migration.js';
import { migration001 } from './001-sessions.js';
import { migration002 } from './002-blocks.js';
import { migration003 } from './003-beamer-view.js';
import { migration004 } from './004-templates.js';
import { migration005 } from './005-participants.js';
import { migration006 } from './006-run-state.js';
import { migration007 } from './007-boards.js';
import { migration008 } from './008-beamer-board.js';
import { migration009 } from './009-timeline-boards.js';
import { migration010 } from './010-ring-and-scale-boards.js';
import { migration011 } from './011-people.js';
import { migration012 } from './012-theme-and-questions.js';
import { migration013 } from './013-area-boards.js';
import { migration014 } from './014-actions.js';
import { migration015 } from './015-beamer-actions.js';
import { migration016 } from './016-beamer-screens.js';
import { migration017 } from './017-photos.js';

/** In order; never edit a released migration, add the next one. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017];

export const latestVersion = migrations.at(-1)?.version ?? 0;
