import { describe, expect, it } from 'vitest';
import { addQuestions, moveQuestion, removeQuestion, rewordQuestion } from '../../shared/planner/question-list.js';

const list = ['een', 'twee', 'drie', 'vier'];

describe('a block’s question list', () => {
  it('moves a question up, down, to the front and to the end, and leaves the list it was given alone', () => {
    expect(moveQuestion(list, 1, 0)).toEqual(['twee', 'een', 'drie', 'vier']);
    expect(moveQuestion(list, 1, 2)).toEqual(['een', 'drie', 'twee', 'vier']);
    expect(moveQuestion(list, 3, 0)).toEqual(['vier', 'een', 'twee', 'drie']);
    expect(moveQuestion(list, 0, 3)).toEqual(['twee', 'drie', 'vier', 'een']);
    expect(list).toEqual(['een', 'twee', 'drie', 'vier']);
  });

  it('changes nothing for a move to or from outside the list', () => {
    expect(moveQuestion(list, 0, -1)).toEqual(list);
    expect(moveQuestion(list, 3, 4)).toEqual(list);
    expect(moveQuestion(list, 5, 0)).toEqual(list);
  });

  it('rewords and removes by place', () => {
    expect(rewordQuestion(list, 2, 'drie?')).toEqual(['een', 'twee', 'drie?', 'vier']);
    expect(removeQuestion(list, 0)).toEqual(['twee', 'drie', 'vier']);
    expect(removeQuestion(list, 9)).toEqual(list);
  });

  it('adds a set after the questions there, skipping those it holds, up to the most a block may have', () => {
    expect(addQuestions(list, ['vijf', 'twee', 'zes'], 40)).toEqual(['een', 'twee', 'drie', 'vier', 'vijf', 'zes']);
    expect(addQuestions(list, ['vijf', 'zes'], 5)).toEqual(['een', 'twee', 'drie', 'vier', 'vijf']);
  });

});
