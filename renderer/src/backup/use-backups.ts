import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, RestoreResult } from '../../../shared/backup/backup.js';
import { useClient } from '../client/client-context.js';
import { useErrorText } from '../facilitator/use-error-text.js';

/** The back-ups as main lists them, and the two things a facilitator may do with them. */
export function useBackups() {
  const client = useClient();
  const toText = useErrorText();
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [errors, setErrors] = useState<string[]>([]);

  const refresh = useCallback(async () => {
    const result = await client.request('backup.list', {});
    if (result.ok) setBackups(result.value);
    else setErrors(toText(result.error));
  }, [client, toText]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const create = async (): Promise<BackupInfo | undefined> => {
    const result = await client.request('backup.create', {});
    setErrors(result.ok ? [] : toText(result.error));
    await refresh();
    return result.ok ? result.value : undefined;
  };

  const restore = async (name: string): Promise<RestoreResult | undefined> => {
    const result = await client.request('backup.restore', { name });
    setErrors(result.ok ? [] : toText(result.error));
    await refresh();
    return result.ok ? result.value : undefined;
  };

  return { backups, errors, create, restore };
}
