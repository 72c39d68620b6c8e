import './room.css';
import type { Block } from '../../../shared/planner/agenda.js';
import { themeProblems } from '../../../shared/planner/theme.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Said wherever a block is planned or run: its texts name the positive theme
 * while the session has none (the room would read "ons thema"), or hold a
 * slot that nothing fills.
 */
export function ThemeWarning({ block, theme }: { block: Pick<Block, 'title' | 'instructions' | 'phases' | 'questions'>; theme: string }) {
  const { t } = useI18n();
  const { missingTheme, unknown } = themeProblems(block, theme);
  if (!missingTheme && unknown.length === 0) return null;
  return (
    <div className="theme-warning" role="note">
      {missingTheme && <p>{t.room.theme.missing}</p>}
      {unknown.length > 0 && <p>{t.room.theme.unknown(unknown.map((word) => `{${word}}`).join(', '))}</p>}
    </div>
  );
}
