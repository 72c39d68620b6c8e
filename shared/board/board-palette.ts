/**
 * Six light note colours after the Okabe–Ito set, which stays apart for the
 * common kinds of colour blindness; dark text reads on each. Every colour
 * also has a name, so nobody depends on seeing it.
 */
export const NOTE_COLOURS = ['#F7EE8F', '#F5C76B', '#A6D8F5', '#7FD1B9', '#E6B5D0', '#D9D9D9'] as const;
/** A darker edge for each, so notes stand apart without shadows. */
export const NOTE_EDGES = ['#C9BC3C', '#C9922A', '#4F9ACB', '#2E9A7C', '#B0709A', '#9A9A9A'] as const;

export const INK = '#1B1B1B';
export const CLUSTER_FILL = 'rgba(0, 90, 120, 0.07)';
export const CLUSTER_EDGE = '#00708A';
export const SELECTION = '#0057B8';
export const VOTE_FILL = '#1B1B1B';
export const BOARD_BACKGROUND = '#FAFAF7';
