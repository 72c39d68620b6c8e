import { describe, expect, it } from 'vitest';
import { actionsDocument, actionsPatchSchema, type ActionsContent } from '../../shared/actions/actions.js';
import { actionsPatchFor } from '../../shared/actions/actions-command.js';
import type { ActionsContext } from '../../shared/actions/actions-context.js';
import { membership, milestonesOf, proposalsOf, themeNameOf, titleOf } from '../../shared/actions/actions-query.js';
import { actionCommandSchema, type ActionCommand } from '../../shared/actions/actions-schema.js';
import { linkDirectionBoard } from '../../shared/actions/proposal-ops.js';
import type { Board } from '../../shared/board/board.js';
import { emptyBoard } from '../../shared/board/board.js';

const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5'];
const THEMES = [
  { id: 'k1', name: 'Eén loket' },
  { id: 'k2', name: 'Samen leren' },
  { id: 'k3', name: 'Buurtkamer' },
];

function context(): ActionsContext {
  let n = 0;
  return {
    // A Thursday before Christmas, as in the seed evening.
    referenceDay: { year: 2026, month: 12, day: 17 },
    newId: () => `new-${++n}`,
    isParticipant: (id) => PEOPLE.includes(id),
    themesOf: (boardId) => (boardId === 'board' ? THEMES : undefined),
    hasBlock: (id) => id === 'block',
  };
}

type Step = Exclude<ActionCommand, { op: 'directionBoard' }>;

/** Applies a command as main does: checked by the schema, then its patch; fails the test when refused. */
function run(content: ActionsContent, command: Step, ctx = context()): ActionsContent {
  const parsed = actionCommandSchema.parse(command) as Step;
  const result = actionsPatchFor(content, parsed, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return actionsDocument.apply(content, result.value);
}

const plain = (c: ActionsContent) => JSON.parse(JSON.stringify(c)) as unknown;

/** The command's patch changes something, and its inverse takes the content back exactly; redo lands on the same. */
function expectExactUndo(before: ActionsContent, command: Step, ctx = context()): ActionsContent {
  const result = actionsPatchFor(before, actionCommandSchema.parse(command) as Step, ctx);
  expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  if (!result.ok) throw new Error('refused');
  expect(actionsDocument.isEmpty(result.value), `${command.op} changed nothing`).toBe(false);
  // What main stores must read back: the patch and its undo both fit the stored shape.
  expect(actionsPatchSchema.safeParse(result.value).success, `${command.op} makes a patch the store cannot read back`).toBe(true);
  expect(actionsPatchSchema.safeParse(actionsDocument.invert(before, result.value)).success).toBe(true);
  const after = actionsDocument.apply(before, result.value);
  const undone = actionsDocument.apply(after, actionsDocument.invert(before, result.value));
  expect(plain(undone)).toEqual(plain(before));
  expect(plain(actionsDocument.apply(undone, result.value))).toEqual(plain(after));
  return after;
}

/** Three themes from the board, with p1 and p2 under the first, p3 under the second. */
function evening(): ActionsContent {
  let c = run(actionsDocument.empty(), { op: 'themesFromBoard', boardId: 'board', blockId: 'block' });
  const [a, b] = proposalsOf(c);
  c = run(c, { op: 'join', participantId: 'p1', proposalId: a!.id });
  c = run(c, { op: 'join', participantId: 'p2', proposalId: a!.id });
  c = run(c, { op: 'join', participantId: 'p3', proposalId: b!.id });
  return c;
}

describe('every command on a session’s actions has an exact undo', () => {
  const c = evening();
  const [a, b, empty] = proposalsOf(c);
  const week = milestonesOf(c, a!.id)[0]!;
  const withFeedback = run(run(c, { op: 'pairRing' }), { op: 'addFeedback', id: 'f1', proposalId: a!.id, kind: 'top', text: 'Helder!' });
  const withAgreement = run(c, { op: 'addAgreement', id: 'g1', what: 'Oogst rondsturen', ownerId: 'p4', when: '2026-12-24' });
  const cases: [string, ActionsContent, Step][] = [
    ['addProposal', c, { op: 'addProposal', id: 'x', kind: 'proposal', title: 'Wijkteam op straat', themeName: 'Zichtbaar', blockId: 'block' }],
    ['addProposal (experiment)', c, { op: 'addProposal', id: 'e', kind: 'experiment', title: 'Elke dinsdag bellen' }],
    ['themesFromBoard', actionsDocument.empty(), { op: 'themesFromBoard', boardId: 'board' }],
    ['editProposal', c, { op: 'editProposal', id: a!.id, changes: { proposition: 'Elke inwoner vindt binnen een dag de juiste hulp.', answers: { smallest: 'Terugbellen' } } }],
    ['deleteProposal', withFeedback, { op: 'deleteProposal', id: b!.id }],
    ['dropEmpty', c, { op: 'dropEmpty' }],
    ['join', c, { op: 'join', participantId: 'p4', proposalId: empty!.id }],
    ['join (a move)', c, { op: 'join', participantId: 'p1', proposalId: b!.id }],
    ['join (out)', c, { op: 'join', participantId: 'p3', proposalId: null }],
    ['addMember', c, { op: 'addMember', id: b!.id, participantId: 'p5' }],
    ['removeMember', run(c, { op: 'setMilestone', id: week.id, ownerId: 'p1' }), { op: 'removeMember', id: a!.id, participantId: 'p1' }],
    ['pairRing', c, { op: 'pairRing' }],
    ['setGivesTo', c, { op: 'setGivesTo', id: a!.id, to: empty!.id }],
    ['addFeedback', run(c, { op: 'pairRing' }), { op: 'addFeedback', id: 'f2', proposalId: b!.id, kind: 'tip', text: 'Maak het kleiner' }],
    ['editFeedback', withFeedback, { op: 'editFeedback', id: 'f1', text: 'Heel helder!' }],
    ['deleteFeedback', withFeedback, { op: 'deleteFeedback', id: 'f1' }],
    ['setMilestone', c, { op: 'setMilestone', id: week.id, deliverable: 'Een lijst van loketten', ownerId: 'p2', date: '2027-03-17' }],
    ['addAgreement', c, { op: 'addAgreement', id: 'g2', what: 'Volgende bijeenkomst plannen', blockId: 'block' }],
    ['editAgreement', withAgreement, { op: 'editAgreement', id: 'g1', changes: { when: '2027-01-08', ownerId: null } }],
    ['deleteAgreement', withAgreement, { op: 'deleteAgreement', id: 'g1' }],
  ];
  it.each(cases)('%s', (_name, before, command) => {
    expectExactUndo(before, command);
  });

  it('linkDirectionBoard, the half main does after making the board', () => {
    const result = linkDirectionBoard(c, a!.id, 'board-2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = actionsDocument.apply(c, result.value);
    expect(after.proposals[a!.id]?.directionBoardId).toBe('board-2');
    expect(plain(actionsDocument.apply(after, actionsDocument.invert(c, result.value)))).toEqual(plain(c));
  });
});

describe('what the commands do', () => {
  it('makes a proposal per theme of the board, in its ranking, each with four milestones from the session’s day; twice adds none', () => {
    const c = run(actionsDocument.empty(), { op: 'themesFromBoard', boardId: 'board', blockId: 'block' });
    const proposals = proposalsOf(c);
    expect(proposals.map((p) => [p.position, p.themeName, p.theme?.clusterId, p.blockId])).toEqual([
      [0, 'Eén loket', 'k1', 'block'],
      [1, 'Samen leren', 'k2', 'block'],
      [2, 'Buurtkamer', 'k3', 'block'],
    ]);
    expect(milestonesOf(c, proposals[0]!.id).map((m) => [m.horizon, m.date])).toEqual([
      ['week', '2026-12-24'],
      ['month', '2027-01-17'],
      ['quarter', '2027-03-17'],
      ['year', '2027-12-17'],
    ]);
    const again = actionsPatchFor(c, { op: 'themesFromBoard', boardId: 'board' }, context());
    expect(again.ok && actionsDocument.isEmpty(again.value)).toBe(true);
  });

  it('shows a linked theme by its cluster’s current name, a typed one by what was typed', () => {
    const c = evening();
    const [a] = proposalsOf(c);
    const board = { content: { ...emptyBoard(), clusters: { k1: { id: 'k1', name: 'Eén loket voor iedereen', x: 0, y: 0, width: 1, height: 1, collapsed: false, votes: 0 } } } } as Pick<Board, 'content'>;
    expect(themeNameOf(a!, { board })).toBe('Eén loket voor iedereen');
    expect(titleOf(a!, { board })).toBe('Eén loket voor iedereen');
    expect(themeNameOf(a!, {})).toBe('Eén loket');
    const typed = run(c, { op: 'addProposal', id: 'x', kind: 'proposal', title: '', themeName: 'Zelf getypt' });
    expect(themeNameOf(typed.proposals.x!, { board })).toBe('Zelf getypt');
  });

  it('moves a person in the sign-up, so each is in one proposal; the milestones they owned lose their owner', () => {
    let c = evening();
    const [a, b] = proposalsOf(c);
    const week = milestonesOf(c, a!.id)[0]!;
    c = run(c, { op: 'setMilestone', id: week.id, ownerId: 'p1' });
    c = run(c, { op: 'join', participantId: 'p1', proposalId: b!.id });
    expect(c.proposals[a!.id]!.memberIds).toEqual(['p2']);
    expect(c.proposals[b!.id]!.memberIds).toEqual(['p3', 'p1']);
    expect(c.milestones[week.id]!.ownerId).toBeNull();
    expect(membership(c).get('p1')?.id).toBe(b!.id);
  });

  it('refuses to add someone who is in another proposal, naming the field, and changes nothing', () => {
    const c = evening();
    const [, b] = proposalsOf(c);
    const result = actionsPatchFor(c, { op: 'addMember', id: b!.id, participantId: 'p1' }, context());
    expect(result).toEqual({ ok: false, error: { code: 'invalid_payload', message: expect.stringContaining('p1'), fields: [{ field: 'command.participantId', problem: 'taken' }] } });
  });

  it('refuses an owner who is not in the group, a team that gives to itself, and a round of one team', () => {
    const c = evening();
    const [a, b] = proposalsOf(c);
    const week = milestonesOf(c, a!.id)[0]!;
    const refused = (command: Step, content = c) => {
      const result = actionsPatchFor(content, command, context());
      return result.ok ? null : result.error.fields?.[0];
    };
    expect(refused({ op: 'setMilestone', id: week.id, ownerId: 'p3' })).toEqual({ field: 'command.ownerId', problem: 'invalid' });
    // Before the session (17 December 2026), or no day at all: refused, whatever window sent it.
    expect(refused({ op: 'setMilestone', id: week.id, date: '2026-12-16' })).toEqual({ field: 'command.date', problem: 'invalid' });
    expect(refused({ op: 'setMilestone', id: week.id, date: '2027-02-31' })).toEqual({ field: 'command.date', problem: 'invalid' });
    expect(refused({ op: 'setGivesTo', id: a!.id, to: a!.id })).toEqual({ field: 'command.to', problem: 'invalid' });
    // A proposal the room could not name: a typed one with its title cleared, or a new one with none.
    const typed = run(c, { op: 'addProposal', id: 'typed', kind: 'proposal', title: 'Buurtkamer' });
    expect(refused({ op: 'editProposal', id: 'typed', changes: { title: '  ' } }, typed)).toEqual({ field: 'command.changes.title', problem: 'required' });
    expect(refused({ op: 'addProposal', id: 'blank', kind: 'proposal', title: '' })).toEqual({ field: 'command.title', problem: 'required' });
    const lonely = run(run(c, { op: 'deleteProposal', id: b!.id }), { op: 'dropEmpty' });
    expect(refused({ op: 'pairRing' }, lonely)).toEqual({ field: 'command.op', problem: 'too_small', min: 2 });
  });

  it('answers a command that names what is not there with not_found', () => {
    const c = evening();
    const missing: Step[] = [
      { op: 'editProposal', id: 'gone', changes: { title: 'x' } },
      { op: 'deleteProposal', id: 'gone' },
      { op: 'join', participantId: 'p1', proposalId: 'gone' },
      { op: 'join', participantId: 'nobody', proposalId: null },
      { op: 'addMember', id: 'gone', participantId: 'p1' },
      { op: 'setGivesTo', id: 'gone', to: null },
      { op: 'addFeedback', id: 'f', proposalId: 'gone', kind: 'top', text: 'x' },
      { op: 'deleteFeedback', id: 'gone' },
      { op: 'setMilestone', id: 'gone', deliverable: 'x' },
      { op: 'themesFromBoard', boardId: 'other-session-board' },
      { op: 'addProposal', id: 'y', kind: 'proposal', title: 'x', blockId: 'other-block' },
      { op: 'editAgreement', id: 'gone', changes: { what: 'x' } },
    ];
    for (const command of missing) expect(actionsPatchFor(c, command, context()), command.op).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses ids that Object.prototype holds, at the schema', () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      expect(actionCommandSchema.safeParse({ op: 'deleteProposal', id }).success).toBe(false);
      expect(actionCommandSchema.safeParse({ op: 'join', participantId: id, proposalId: null }).success).toBe(false);
    }
    // A lookup of such a name on the content finds nothing, and is not_found.
    expect(actionsPatchFor(evening(), { op: 'deleteProposal', id: 'constructor' }, context())).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('files a tip under the team paired to give it, and drops the empty themes', () => {
    let c = evening();
    const [a, b, empty] = proposalsOf(c);
    c = run(c, { op: 'dropEmpty' });
    expect(proposalsOf(c).map((p) => p.id)).toEqual([a!.id, b!.id]);
    expect(Object.values(c.milestones).some((m) => m.proposalId === empty!.id)).toBe(false);
    c = run(c, { op: 'pairRing' });
    expect([c.proposals[a!.id]!.givesTo, c.proposals[b!.id]!.givesTo]).toEqual([b!.id, a!.id]);
    c = run(c, { op: 'addFeedback', id: 'f', proposalId: b!.id, kind: 'tip', text: 'Begin morgen' });
    expect(c.feedback.f).toMatchObject({ proposalId: b!.id, fromId: a!.id, kind: 'tip' });
  });

  it('gives an experiment a horizon of 40 days and no milestones', () => {
    const c = run(actionsDocument.empty(), { op: 'addProposal', id: 'e', kind: 'experiment', title: 'Elke dinsdag bellen' });
    expect(c.proposals.e!.horizon).toBe('2027-01-26');
    expect(milestonesOf(c, 'e')).toEqual([]);
  });
});
