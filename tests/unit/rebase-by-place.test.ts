import { describe, expect, it } from 'vitest';
import { rebaseByPlace } from '../../shared/planner/rebase-by-place.js';

describe('an editor’s rows when main sends the list again', () => {
  const base = ['een', 'twee', 'drie'];
  const editedFrom = (draft: string[]) => (i: number) => draft[i] !== base[i];

  it('keeps a row being typed in and takes main’s text for the others', () => {
    // The facilitator is emptying the second question when main's echo of an earlier change arrives.
    const emptying = ['een', '', 'drie'];
    expect(rebaseByPlace(emptying, ['een', 'twee', 'drie'], editedFrom(emptying))).toEqual(['een', '', 'drie']);
    // Another window reworded the third meanwhile: that change comes through.
    const typing = ['een', 'tw', 'drie'];
    expect(rebaseByPlace(typing, ['een', 'twee', 'drie!'], editedFrom(typing))).toEqual(['een', 'tw', 'drie!']);
    // Nothing typed here: main's list as it is.
    expect(rebaseByPlace(base, ['een', 'twee?', 'drie'], editedFrom(base))).toEqual(['een', 'twee?', 'drie']);
  });

  it('takes main’s list whole when its length changed, since the places no longer match', () => {
    expect(rebaseByPlace(['een', 'tw', 'drie'], ['een', 'drie'], () => true)).toEqual(['een', 'drie']);
  });
});
