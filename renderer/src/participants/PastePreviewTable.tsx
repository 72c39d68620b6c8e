import { useId } from 'react';
import { PASTE_COLUMNS, type PasteColumn, type PasteResult, type PasteRow } from '../../../shared/participants/participant-paste.js';
import { useI18n } from '../i18n/i18n.js';
import { formatJoinedMonth } from './format-month.js';
import { reasonsText } from './problem-text.js';

const HEADINGS: Record<PasteColumn, 'name' | 'organisation' | 'role' | 'jobTitle' | 'email' | 'joinedMonth'> = {
  name: 'name',
  organisation: 'organisation',
  role: 'role',
  jobTitle: 'jobTitle',
  email: 'email',
  joined: 'joinedMonth',
};

/** Every pasted row as it will be saved; a row that is not added shows its text as pasted, with the reason. */
export function PastePreviewTable({ result }: { result: PasteResult }) {
  const { t, language } = useI18n();
  const p = t.participants;
  const captionId = useId();

  /** What a cell shows: the value as it will be saved, or the pasted text for a row that will not be. */
  const shown = (row: PasteRow, column: PasteColumn): string => {
    if (!row.fields) return row.pasted[column];
    if (column === 'role') return p.roles[row.fields.role];
    if (column === 'joined') return formatJoinedMonth(row.fields.joinedMonth, language);
    return row.fields[column];
  };

  return (
    <div className="paste-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {p.paste.tableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{p.paste.line}</th>
            {PASTE_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {p.columns[HEADINGS[column]]}
              </th>
            ))}
            <th scope="col">{p.paste.check}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const bad = new Set([...row.problems, ...row.warnings].map((problem) => problem.column));
            return (
              <tr key={row.line} className={row.fields ? (row.warnings.length > 0 ? 'readable has-warnings' : 'readable') : 'unreadable'}>
                <th scope="row">{row.line}</th>
                {PASTE_COLUMNS.map((column) => (
                  <td key={column} className={[column === 'joined' && 'month', column === 'email' && 'email', bad.has(column) && 'problem'].filter(Boolean).join(' ') || undefined}>
                    {shown(row, column)}
                  </td>
                ))}
                <td className="check">
                  {row.fields ? (
                    <span className={row.warnings.length > 0 ? 'warn' : 'ok'}>
                      <span aria-hidden="true">{row.warnings.length > 0 ? '! ' : '✓ '}</span>
                      {row.warnings.length > 0 ? p.paste.readableWithWarnings(reasonsText(row.warnings, p)) : p.paste.readable}
                    </span>
                  ) : (
                    <span className="not-ok">
                      <span aria-hidden="true">✗ </span>
                      {p.paste.unreadable(reasonsText(row.problems, p))}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
