import type { AppError } from '../../../shared/contract/result.js';
import type { Messages } from './messages-nl.js';

/** The message a person reads for an error from main, in the UI's language. */
export function errorText(error: AppError, t: Messages, fieldLabel: (field: string) => string): string[] {
  switch (error.code) {
    case 'invalid_payload':
      return (error.fields ?? []).map(({ field, problem, max, min }) => {
        const label = fieldLabel(field);
        if (problem === 'required') return t.errors.required(label);
        if (problem === 'too_long') return t.errors.tooLong(label, max ?? 0);
        if (problem === 'too_big') return t.planner.tooBig(label, max ?? 0);
        if (problem === 'too_small') return t.planner.tooSmall(label, min ?? 0);
        if (problem === 'not_whole') return t.errors.notWhole(label);
        if (problem === 'bad_character') return t.errors.badCharacter(label);
        if (problem === 'outside_session') return `${label} ${t.planner.outsideSession}.`;
        if (problem === 'fixed_phases') return t.planner.fixedPhases(label, min ?? 0);
        return t.errors.invalid(label);
      });
    case 'not_found':
      return [t.errors.notFound];
    case 'disconnected':
      return [t.errors.disconnected];
    case 'timeout':
      return [t.errors.timeout];
    case 'unknown_request':
    case 'invalid_message':
    case 'read_only':
      return [t.errors.unknown];
    case 'internal':
      return [t.errors.internal];
    case 'io_error':
      return [t.errors.ioError];
    case 'disk_full':
      return [t.errors.diskFull];
    case 'database_read_only':
      return [t.errors.databaseReadOnly];
    case 'folder_read_only':
      return [t.errors.folderReadOnly];
    case 'backup_unusable':
      return [t.errors.backupUnusable];
    case 'desktop_only':
      return [t.errors.desktopOnly];
    case 'address_in_use':
      return [t.lan.portTaken];
    case 'lan_unavailable':
      return [t.lan.unavailable];
  }
}
