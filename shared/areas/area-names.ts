import type { AreaKind } from './areas.js';

/** The names a werkvorm gives its board's areas, in the order they are filled. */
export interface AreaNames {
  areas: string[];
  /** The partnerschapskaart is filled from the right: its first column stands on the right. */
  fromRight?: boolean;
  /** Names of the fields' horizontal and vertical axes, for scenario quadrants. */
  axes?: { x: string; y: string };
}

/** Per werkvorm of the library, by its id. */
const BY_WERKVORM: Record<string, AreaNames & { kind: AreaKind }> = {
  'hoe-werkte-het-hier': { kind: 'columns', areas: ['Wat ik zelf deed en inbracht', 'Context en steun van anderen'] },
  partnerschapskaart: { kind: 'columns', areas: ['Waarden', 'Relaties', 'Handelen en vaardigheden', 'Voorwaarden', 'Acties'], fromRight: true },
  '2x2-vragen': { kind: 'fields', areas: ['Belang', 'Resultaat', 'Condities en competenties', 'Actie'] },
  'meerdere-stemmen': { kind: 'fields', areas: ['Dwarskijkers', 'Dromers', 'Waarschuwers', 'Enthousiastelingen'] },
};

/** A board made without a werkvorm starts with plain names the facilitator renames. */
const PLAIN: Record<AreaKind, AreaNames> = {
  columns: { areas: ['Kolom 1', 'Kolom 2', 'Kolom 3'] },
  fields: { areas: ['Veld 1', 'Veld 2', 'Veld 3', 'Veld 4'] },
  cards: { areas: [] },
};

export function areaNamesFor(kind: AreaKind, werkvormId?: string): AreaNames {
  const own = werkvormId ? BY_WERKVORM[werkvormId] : undefined;
  // A werkvorm's names fit only the kind of board it was made for: four fields never become columns.
  return own?.kind === kind ? own : PLAIN[kind];
}
