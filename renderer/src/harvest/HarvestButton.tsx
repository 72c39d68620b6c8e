import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

// The board drawings and the report's preview load when the harvest is first opened, not with the app.
const HarvestDialog = lazy(() => import('./HarvestDialog.js').then((m) => ({ default: m.HarvestDialog })));

/** "Oogst maken" on a session: opens the harvest of that session. */
export function HarvestButton({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.harvest.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <HarvestDialog sessionId={sessionId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
