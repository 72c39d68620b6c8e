import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { werkvormSchema, type Werkvorm } from '../../shared/planner/werkvorm.js';
import { slotsIn } from '../../shared/planner/theme.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, 'resources', 'werkvormen');

/** One id per row of the work-form table in the domain brief, plus the blocks of the seed-000 evening. */
const EXPECTED_IDS = [
  'check-in',
  'waarderend-interview',
  'hoe-werkte-het-hier',
  'gouden-en-grumpy-moments',
  'historielijn',
  'positief-thema',
  'schaalvraag',
  'progressiegerichte-intervisie',
  'progressiecirkel',
  'vastloopsituaties-patroondoorbrekers',
  'stakeholdermap',
  '2x2-vragen',
  'meerdere-stemmen',
  'cirkel-van-invloed-en-betrokkenheid',
  'partnerschapskaart',
  'zelfportret-en-score',
  'podium-performance',
  // The evening programme of seed 000.
  'welkom-en-introductie',
  'ontdekken-en-delen',
  'dromen-en-presenteren',
  'maaltijd-pauze',
  'actievoorstellen-ontwerpen',
  'afsluiting-en-reflectie',
];

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();

type Loaded = { file: string; werkvorm?: Werkvorm; problem?: string };

function load(file: string): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    return { file, problem: `${file}: invalid JSON: ${(error as Error).message}` };
  }
  const result = werkvormSchema.safeParse(raw);
  return result.success ? { file, werkvorm: result.data } : { file, problem: `${file}: ${result.error.message}` };
}

const loaded = files.map(load);
const byFile = new Map(loaded.flatMap(({ file, werkvorm }) => (werkvorm ? [[file, werkvorm] as const] : [])));
const byId = new Map([...byFile.values()].map((w) => [w.id, w] as const));

function get(id: string): Werkvorm {
  const w = byId.get(id);
  if (!w) throw new Error(`missing werkvorm ${id}`);
  return w;
}

describe('werkvormen library', () => {
  it('has json files', () => {
    expect(files.length).toBeGreaterThanOrEqual(EXPECTED_IDS.length);
  });

  it.each(files)('%s matches the werkvorm schema', (file) => {
    const problem = loaded.find((entry) => entry.file === file)?.problem;
    if (problem) expect.fail(problem);
  });

  it.each([...byFile.keys()])('%s is named after its id', (file) => {
    expect(file).toBe(`${byFile.get(file)?.id}.json`);
  });

  it('has unique ids', () => {
    const ids = [...byFile.values()].map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([...byFile.keys()])('%s: durationMinutes equals the sum of its phases', (file) => {
    const w = byFile.get(file);
    if (!w || w.phases.length === 0) return;
    const total = w.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    expect(w.durationMinutes, file).toBe(total);
  });

  it('contains every werkvorm from the domain brief and the evening blocks', () => {
    const missing = EXPECTED_IDS.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('gives the check-in a bank of at least 12 questions', () => {
    expect(get('check-in').questions?.length ?? 0).toBeGreaterThanOrEqual(12);
  });

  it('gives the waarderend interview six questions and a swap', () => {
    const w = get('waarderend-interview');
    expect(w.questions).toHaveLength(6);
    expect(w.phases.some((phase) => phase.announce === 'Wissel!')).toBe(true);
  });

  it('fixes the phases whose length is the method: the interview’s two halves of 15 and each 2-minute performance', () => {
    expect(get('waarderend-interview').phases.map((p) => [p.minutes, p.fixed])).toEqual([
      [15, true],
      [15, true],
    ]);
    const performance = get('podium-performance').phases;
    expect(performance.filter((p) => p.fixed).map((p) => p.minutes)).toEqual([2, 2, 2, 2, 2]);
    expect(performance.find((p) => p.label === 'Wat raakte je?')?.fixed).toBeUndefined();
  });

  it('counts the fourteen stuck situations its cards hold, and says so', () => {
    const w = get('vastloopsituaties-patroondoorbrekers');
    expect(w.questions?.filter((q) => q.startsWith('Vastloopsituatie:'))).toHaveLength(14);
    expect(w.questions?.filter((q) => q.startsWith('Patroondoorbreker'))).toHaveLength(5);
    expect(w.facilitatorNotes).toMatch(/\b14\b|veertien/);
    expect(w.facilitatorNotes).not.toMatch(/\b13\b|dertien/);
  });

  it('offers the interview a second set of questions about one situation, and a debrief', () => {
    const sets = get('waarderend-interview').questionSets ?? [];
    const second = sets.find((set) => set.questions.length >= 6);
    expect(second?.questions.filter((q) => slotsIn(q).theme).length).toBeGreaterThanOrEqual(2);
    const debrief = sets.find((set) => set.questions.length === 1);
    expect(debrief?.questions[0]).toMatch(/ontdek/i);
  });

  it('asks in the check-in bank about the voices that said yes and no to coming', () => {
    expect(get('check-in').questions?.some((q) => /\bja\b/i.test(q) && /\bnee\b/i.test(q))).toBe(true);
  });

  it('gives the action proposals a phase for the short presentations that fill their slot', () => {
    const w = get('actievoorstellen-ontwerpen');
    const last = w.phases.at(-1);
    expect(last?.label).toMatch(/presentat/i);
    expect(w.durationMinutes).toBe(60);
  });

  it('has the historielijn swap anecdotes in groups of 3 or 4, not in the whole room', () => {
    const anecdotes = get('historielijn').phases.find((p) => /anekdotes uitwisselen/i.test(p.label));
    expect(anecdotes?.grouping).toEqual({ kind: 'groups', size: 4, minSize: 3 });
  });

  /** Their phases' times are the ones their description gives. */
  const TIMED_BY_SOURCE = new Set(['waarderend-interview', 'hoe-werkte-het-hier']);

  it.each([...byFile.values()].filter((w) => w.phases.length > 1 && !TIMED_BY_SOURCE.has(w.id)).map((w) => w.id))(
    '%s says in its facilitator note that its split into phases is a proposal',
    (id) => {
      expect(get(id).facilitatorNotes).toMatch(/verdeling over de fasen/i);
    },
  );

  it.each([...byFile.keys()])('%s fills no slot but the positive theme', (file) => {
    const w = byFile.get(file)!;
    const texts = [w.name, w.instructions, ...w.phases.map((p) => p.label), ...(w.questions ?? []), ...(w.questionSets ?? []).flatMap((set) => set.questions), w.facilitatorNotes ?? ''];
    expect(texts.flatMap((text) => slotsIn(text).unknown)).toEqual([]);
    // A note is for the facilitator: it may speak of the theme, never hold its slot.
    expect(slotsIn(w.facilitatorNotes ?? '').theme).toBe(false);
  });
});
