import { useState } from 'react';
import { useClient } from '../client/client-context.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useI18n } from '../i18n/i18n.js';

/** "Deelnemersgids maken": the guide as a PDF in the export folder, and where it went. */
export function useGuideExport(sessionId: string) {
  const { t, language } = useI18n();
  const client = useClient();
  const explain = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    setErrors([]);
    setStatus(t.harvest.guide.making);
    try {
      const result = await client.request('guide.export', { sessionId, lang: language });
      if (result.ok) setStatus(t.harvest.guide.done(result.value.path, result.value.pages));
      else {
        setStatus('');
        setErrors([t.harvest.guide.failed, ...explain(result.error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  return { make, busy, status, errors };
}
