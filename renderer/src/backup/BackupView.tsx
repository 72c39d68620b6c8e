import './backup.css';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/backup/backup.js';
import { ConfirmDialog } from '../common/ConfirmDialog.js';
import { ErrorList } from '../common/ErrorList.js';
import { useI18n } from '../i18n/i18n.js';
import { formatBackupTime, formatSize } from './format-backup.js';
import { useBackups } from './use-backups.js';

/** The back-ups beside the database: when, why, how much; make one now, or put one back after a confirm. */
export function BackupView({ onBack }: { onBack(): void }) {
  const { t, language } = useI18n();
  const { backups, errors, create, restore } = useBackups();
  const [restoring, setRestoring] = useState<BackupInfo | undefined>();
  const [status, setStatus] = useState('');
  const when = (backup: BackupInfo) => formatBackupTime(backup.takenAt, language);

  const makeNow = async () => {
    const made = await create();
    setStatus(made ? t.backup.made(when(made)) : '');
  };

  const confirmRestore = async () => {
    if (!restoring) return;
    const chosen = restoring;
    setRestoring(undefined);
    const result = await restore(chosen.name);
    setStatus(result ? t.backup.restored(when(chosen), result.setAside[0] ?? '') : '');
  };

  return (
    <section className="backup-view" aria-labelledby="backup-heading">
      <div className="section-head">
        <h1 id="backup-heading">{t.backup.heading}</h1>
        <button type="button" onClick={onBack}>
          {t.backup.back}
        </button>
        <button type="button" className="primary" onClick={() => void makeNow()}>
          {t.backup.makeNow}
        </button>
      </div>
      <p className="backup-intro">{t.backup.intro}</p>
      <p role="status" className="backup-status">
        {status}
      </p>
      <ErrorList messages={errors} />
      {backups?.length === 0 && <p className="empty">{t.backup.none}</p>}
      {backups && backups.length > 0 && (
        <table className="backup-table" aria-label={t.backup.listLabel}>
          <thead>
            <tr>
              <th scope="col">{t.backup.columns.when}</th>
              <th scope="col">{t.backup.columns.reason}</th>
              <th scope="col" className="number">
                {t.backup.columns.sessions}
              </th>
              <th scope="col" className="number">
                {t.backup.columns.size}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t.backup.columns.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name}>
                <th scope="row">{when(backup)}</th>
                <td>{t.backup.reasons[backup.reason]}</td>
                <td className="number">{backup.sessions ?? t.backup.unreadable}</td>
                <td className="number">{formatSize(backup.bytes, language)}</td>
                <td>
                  <button type="button" aria-label={t.backup.restoreLabel(when(backup))} disabled={backup.sessions === null} onClick={() => setRestoring(backup)}>
                    {t.backup.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          heading={t.backup.confirmHeading}
          body={t.backup.confirmBody(when(restoring), restoring.sessions === null ? t.backup.unreadable : t.backup.sessionCount(restoring.sessions))}
          confirmLabel={t.backup.confirm}
          cancelLabel={t.backup.cancel}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setRestoring(undefined)}
        />
      )}
    </section>
  );
}
