/**
 * The swap of the tips-and-tops round: each team hands its pitch to another
 * and receives one back. In a ring (A gives to B, B to C, ..., the last to A)
 * every team gives once and receives once, and no two teams merely swap with
 * each other unless there are only two.
 */

/** Who gives to whom in a ring of `teams`, in their order; nobody pairs with themselves, so one team alone gets no partner. */
export function ringPairing(teams: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  if (teams.length < 2) return pairs;
  teams.forEach((team, i) => pairs.set(team, teams[(i + 1) % teams.length]!));
  return pairs;
}

export interface PairingCheck {
  /** Teams nobody gives to: they would hear no tips or tops. */
  receiveNothing: string[];
  /** Teams more than one team gives to. */
  receiveTwice: string[];
  /** Teams that give to nobody. */
  giveNothing: string[];
}

/** What is amiss in a pairing chosen by hand, so the facilitator sees it before the round starts. */
export function checkPairing(teams: readonly string[], givesTo: (team: string) => string | null): PairingCheck {
  const received = new Map(teams.map((t) => [t, 0]));
  const giveNothing: string[] = [];
  for (const team of teams) {
    const to = givesTo(team);
    if (to === null || !received.has(to)) giveNothing.push(team);
    else received.set(to, received.get(to)! + 1);
  }
  return {
    receiveNothing: teams.filter((t) => received.get(t) === 0),
    receiveTwice: teams.filter((t) => received.get(t)! > 1),
    giveNothing,
  };
}
