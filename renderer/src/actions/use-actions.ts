import { useCallback, useState } from 'react';
import { proposalsOf, membership, titleOf } from '../../../shared/actions/actions-query.js';
import type { ActionCommand } from '../../../shared/actions/actions-schema.js';
import type { AppError } from '../../../shared/contract/result.js';
import { actionsOf } from '../../../shared/state.js';
import { useClient, useClientState } from '../client/client-context.js';
import { useErrorText } from '../facilitator/use-error-text.js';
import { useI18n } from '../i18n/i18n.js';

/** Sending changes to a session's actions, and what went wrong in words the facilitator reads. */
export function useActions(sessionId: string) {
  const client = useClient();
  const { snapshot } = useClientState();
  const { t } = useI18n();
  const toText = useErrorText();
  const [errors, setErrors] = useState<string[]>([]);

  const explain = useCallback(
    (error: AppError, command?: ActionCommand): string[] => {
      // A person in a second proposal: say who and where, as the room would.
      if (command && 'participantId' in command && error.fields?.some((f) => f.problem === 'taken') && snapshot) {
        const content = actionsOf(snapshot, sessionId).content;
        const person = (snapshot.participants[sessionId] ?? []).find((p) => p.id === command.participantId);
        const other = membership(content).get(command.participantId);
        if (person && other) return [t.actions.errors.taken(person.name, titleOf(other, snapshot.boards))];
      }
      const text = toText(error);
      return text.length > 0 ? text : [t.actions.errors.failed];
    },
    [snapshot, sessionId, t, toText],
  );

  const apply = useCallback(
    async (command: ActionCommand): Promise<boolean> => {
      const result = await client.request('actions.apply', { sessionId, command });
      setErrors(result.ok ? [] : explain(result.error, command));
      return result.ok;
    },
    [client, sessionId, explain],
  );

  const undo = useCallback(async () => {
    const result = await client.request('actions.undo', { sessionId });
    setErrors(result.ok ? [] : explain(result.error));
  }, [client, sessionId, explain]);

  const redo = useCallback(async () => {
    const result = await client.request('actions.redo', { sessionId });
    setErrors(result.ok ? [] : explain(result.error));
  }, [client, sessionId, explain]);

  const actions = snapshot ? actionsOf(snapshot, sessionId) : undefined;
  const proposals = actions ? proposalsOf(actions.content, 'proposal') : [];
  return { snapshot, actions, proposals, apply, undo, redo, errors, setErrors, explain };
}
