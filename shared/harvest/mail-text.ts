import { milestonesOf, proposalsOf, titleOf } from '../actions/actions-query.js';
import { clusterRanking } from '../board/board-ops.js';
import { actionsOf, type StoredState } from '../state.js';
import { harvestTexts } from './harvest-texts.js';
import { filled, sessionBoards, shortIsoDay } from './harvest-section.js';
import { sessionDay } from './report-cover.js';
import type { HarvestLang, HarvestNames } from './report-model.js';

/** As many themes as a short mail names. */
const TOP_THEMES = 5;

/**
 * The mail that goes with the harvest: the session's title and date as its
 * subject; the question, the themes with the most dots, each proposal with
 * its first milestone and a thank-you as its body. It names nobody, so the
 * privacy option holds whatever it is.
 */
export function mailText(state: StoredState, sessionId: string, options: { names: HarvestNames; lang: HarvestLang }): { subject: string; text: string } {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw new Error(`No session ${sessionId} to write a mail for`);
  const t = harvestTexts(options.lang).mail;
  const dots = harvestTexts(options.lang).dots;
  const title = filled(session.title, session.theme);
  const paragraphs: string[] = [t.greeting, t.intro(title)];
  const question = filled(session.centralQuestion.trim(), session.theme);
  if (question) paragraphs.push(t.question(question));
  const themes = sessionBoards(state, sessionId)
    .filter((b) => b.kind === 'notes')
    .flatMap((b) => clusterRanking(b.content))
    .filter((c) => c.votes > 0 && c.name.trim() !== '')
    .sort((a, b) => b.votes - a.votes)
    // A theme named alike on two boards is one theme to the reader: its best count stands.
    .filter((c, i, all) => all.findIndex((other) => other.name.trim() === c.name.trim()) === i)
    .slice(0, TOP_THEMES);
  if (themes.length > 0) paragraphs.push([t.topThemes, ...themes.map((c) => `- ${c.name.trim()} (${dots(c.votes)})`)].join('\n'));
  const content = actionsOf(state, sessionId).content;
  const proposals = proposalsOf(content, 'proposal').map((p) => {
    const first = milestonesOf(content, p.id)
      .filter((m) => m.deliverable.trim() !== '')
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    const name = titleOf(p, state.boards).trim();
    return first ? `- ${name}: ${t.firstStep(first.deliverable.trim(), shortIsoDay(first.date, options.lang))}` : `- ${name}`;
  });
  if (proposals.length > 0) paragraphs.push([t.proposals, ...proposals].join('\n'));
  paragraphs.push(t.thanks);
  // A slot typed in a theme's or a milestone's words is filled too: the mail is read outside the app.
  const fill = (text: string) => filled(text, session.theme);
  return { subject: fill(t.subject(title, sessionDay(session, state.run, options.lang))), text: fill(`${paragraphs.join('\n\n')}\n`) };
}
