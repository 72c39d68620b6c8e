import { useState } from 'react';
import type { Board } from '../../../shared/board/board.js';
import type { HarvestExport } from '../../../shared/contract/requests.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import type { BoardImage } from '../board/export-png.js';
import { useClient } from '../client/client-context.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useI18n } from '../i18n/i18n.js';

export type HarvestProgress = { step: 'board'; n: number; of: number; title: string } | { step: 'report' };

export interface HarvestChoice {
  names: HarvestNames;
  /** Participants with an address who are not to get the mail. */
  leaveOut: string[];
  mailImages: boolean;
}

/**
 * "Oogst maken": each board's picture to main, one by one, then the harvest
 * itself. Main writes the folder whole or not at all, so a failure here
 * leaves nothing to clean up.
 */
export function useHarvestExport(sessionId: string) {
  const { t, language } = useI18n();
  const client = useClient();
  const explain = useErrorText();
  const [progress, setProgress] = useState<HarvestProgress | null>(null);
  const [written, setWritten] = useState<HarvestExport | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);

  const make = async (choice: HarvestChoice, boards: readonly Board[], picture: (board: Board, names: HarvestNames) => Promise<BoardImage | null>) => {
    if (progress) return;
    setWritten(null);
    setErrors([]);
    const failed: string[] = [];
    try {
      for (const [i, board] of boards.entries()) {
        setProgress({ step: 'board', n: i + 1, of: boards.length, title: board.title });
        // A picture that cannot be drawn leaves its board as text in the report, and is said.
        const image = await picture(board, choice.names).catch(() => {
          failed.push(t.harvest.imageFailed(board.title));
          return null;
        });
        if (!image) continue;
        const sent = await client.request('harvest.boardImage', { boardId: board.id, png: image.png });
        if (!sent.ok) return setErrors([t.harvest.failed, ...explain(sent.error)]);
      }
      setProgress({ step: 'report' });
      const result = await client.request('harvest.export', { sessionId, names: choice.names, lang: language, leaveOut: choice.leaveOut, mailImages: choice.mailImages });
      if (!result.ok) return setErrors([t.harvest.failed, ...explain(result.error)]);
      setWritten(result.value);
      setNotes(failed);
    } finally {
      setProgress(null);
    }
  };

  return { make, progress, written, errors, notes };
}
