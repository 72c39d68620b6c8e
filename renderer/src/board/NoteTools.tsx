import { ChevronsDownUp, ChevronsUpDown, CircleMinus, CirclePlus, Group, LayoutGrid, Merge, Plus, Trash2 } from 'lucide-react';
import type { Board } from '../../../shared/board/board.js';
import type { ItemRef } from '../../../shared/board/board-geometry.js';
import { NOTE_COLOURS } from '../../../shared/board/board-palette.js';
import { IconButton } from '../common/IconButton.js';
import { MenuButton, type MenuItem } from '../common/MenuButton.js';
import type { Messages } from '../i18n/messages-nl.js';
import { useI18n } from '../i18n/i18n.js';

export type NoteCommand = 'tidy' | 'merge' | 'collapse' | 'delete' | 'voteUp' | 'voteDown';

interface Props {
  board: Board;
  selection: ItemRef[];
  focus: ItemRef | null;
  colour: number;
  onQuickEntry(): void;
  onMakeCluster(): void;
  onCommand(command: NoteCommand): void;
  onColour(colour: number): void;
}

/** The theme a command about themes acts on: the focused one, or the focused note's. */
function themeInFocus(board: Board, focus: ItemRef | null) {
  const { clusters, notes } = board.content;
  if (focus?.kind === 'cluster') return clusters[focus.id];
  return focus ? clusters[notes[focus.id]?.clusterId ?? ''] : undefined;
}

const selectedNotes = (selection: ItemRef[]) => selection.filter((i) => i.kind === 'note').length;

/** A board of notes' own tools: the ones used all the time; the keys in the shortcuts do the same. */
export function NoteTools(p: Props) {
  const { t } = useI18n();
  const notes = selectedNotes(p.selection);
  const theme = themeInFocus(p.board, p.focus);
  return (
    <>
      <IconButton label={t.board.addNote} icon={<Plus />} showLabel shortcut="N" aria-keyshortcuts="N" onClick={p.onQuickEntry} />
      <IconButton label={t.board.makeCluster} icon={<Group />} shortcut="G" aria-keyshortcuts="G" disabled={notes === 0} onClick={p.onMakeCluster} />
      <IconButton label={t.board.tidy} icon={<LayoutGrid />} shortcut="T" aria-keyshortcuts="T" disabled={!theme} onClick={() => p.onCommand('tidy')} />
      <IconButton label={t.board.remove} icon={<Trash2 />} shortcut="Delete" aria-keyshortcuts="Delete" disabled={notes === 0} onClick={() => p.onCommand('delete')} />
      <IconButton label={t.board.voteUp} icon={<CirclePlus />} shortcut="1–9" aria-keyshortcuts="1" disabled={!p.focus} onClick={() => p.onCommand('voteUp')} />
      <IconButton label={t.board.voteDown} icon={<CircleMinus />} shortcut="−" aria-keyshortcuts="-" disabled={!p.focus} onClick={() => p.onCommand('voteDown')} />
      <MenuButton
        label={t.board.colourOf(t.board.colours[p.colour] ?? '')}
        icon={<span className="swatch" style={{ background: NOTE_COLOURS[p.colour] }} />}
        align="start"
        items={NOTE_COLOURS.map((colour, i) => ({
          id: colour,
          label: t.board.colours[i] ?? colour,
          icon: <span className="swatch" style={{ background: colour }} />,
          checked: p.colour === i,
          onSelect: () => p.onColour(i),
        }))}
      />
    </>
  );
}

/** A board of notes' rarer commands, for the frame's menu. */
export function noteMenuItems(t: Messages, p: Pick<Props, 'board' | 'selection' | 'focus' | 'onCommand'>): MenuItem[] {
  const theme = themeInFocus(p.board, p.focus);
  const themes = p.selection.filter((i) => i.kind === 'cluster').length;
  return [
    { id: 'merge', label: t.board.merge, icon: <Merge />, shortcut: 'M', keyshortcuts: 'M', disabled: themes < 2, onSelect: () => p.onCommand('merge') },
    {
      id: 'collapse',
      label: theme?.collapsed ? t.board.expand : t.board.collapse,
      icon: theme?.collapsed ? <ChevronsUpDown /> : <ChevronsDownUp />,
      shortcut: 'C',
      keyshortcuts: 'C',
      disabled: !theme,
      onSelect: () => p.onCommand('collapse'),
    },
  ];
}
