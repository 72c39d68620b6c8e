/** A save of a field on its way to main: the text it will be stored as, and what the field showed when it was sent. */
export interface PendingSave {
  text: string;
  draft: string;
}

export interface TextDraft {
  stored: string;
  draft: string;
  /** The field's saves main has not sent back yet, oldest first. */
  pending: readonly PendingSave[];
}

export const freshDraft = (stored: string): TextDraft => ({ stored, draft: stored, pending: [] });

/**
 * The field once main's stored text has changed to `stored`. Main's answer
 * to one of the field's own saves leaves what the facilitator typed or
 * stepped to since alone (a later save is still coming, or the field
 * changed after it was sent); with nothing typed since, the field shows the
 * stored text, tidied as main keeps it. Any other change (undone, changed in
 * another window, another item chosen) replaces what is typed.
 */
export function afterStoredChange(state: TextDraft, stored: string): TextDraft {
  const answered = state.pending.findIndex((save) => save.text === stored);
  if (answered < 0) return freshDraft(stored);
  const pending = state.pending.slice(answered + 1);
  const typedSince = state.draft !== state.pending[answered]!.draft;
  return { stored, draft: pending.length > 0 || typedSince ? state.draft : stored, pending };
}

/** The text main will hold once every save of the field has come back: what a new save is compared with. */
export const expectedText = (state: TextDraft): string => state.pending.at(-1)?.text ?? state.stored;

/** The field's text sent now, to be stored as `text`. */
export const withSave = (state: TextDraft, text: string): TextDraft => ({ ...state, pending: [...state.pending, { text, draft: state.draft }] });

/** A save main refused: it will not come back, and must not be taken for the answer to another change. */
export function withoutSave(state: TextDraft, text: string): TextDraft {
  let last = state.pending.length - 1;
  while (last >= 0 && state.pending[last]!.text !== text) last--;
  return last < 0 ? state : { ...state, pending: state.pending.filter((_, i) => i !== last) };
}
