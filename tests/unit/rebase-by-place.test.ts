import { describe, expect, it } from 'vitest';
import { laterEchoComing, rebaseByPlace } from '../../shared/planner/rebase-by-place.js';

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

describe('main’s echo of an editor’s own lists', () => {
  it('is let pass while a later list sent from here is on its way, so a row just removed does not come back', () => {
    const five = ['een', 'twee', 'drie', 'vier', 'vijf'];
    const four = ['een', 'twee', 'drie', 'vier'];
    const waiting = [five, four];
    expect(laterEchoComing(waiting, five)).toBe(true);
    expect(waiting).toEqual([four]);
    expect(laterEchoComing(waiting, four)).toBe(false);
    expect(waiting).toEqual([]);
  });

  it('counts a list from another window, or an echo with nothing after it, as main’s word', () => {
    const waiting = [['een'], ['een', 'twee']];
    expect(laterEchoComing(waiting, ['anders'])).toBe(false);
    expect(waiting).toEqual([]);
    const last = [['een']];
    expect(laterEchoComing(last, ['een'])).toBe(false);
    expect(last).toEqual([]);
  });
});
