import type { BoardContent } from '../../../shared/board/board.js';
import { CLUSTER_HEADER, itemRect, type ItemRef } from '../../../shared/board/board-geometry.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { useI18n } from '../i18n/i18n.js';
import type { Camera } from '../../../shared/board/board-camera.js';
import { noteLayout } from './text-measure.js';
import { TextOverlay } from './TextOverlay.js';

interface Props {
  content: BoardContent;
  item: ItemRef;
  camera: Camera;
  onSave(command: BoardCommand): void;
  onDone(): void;
}

/** A note's text or a cluster's name, edited where it is on the board. */
export function EditOverlay({ content, item, camera: c, onSave, onDone }: Props) {
  const { t } = useI18n();
  const r = itemRect(content, item);
  if (!r) return null;
  const left = (r.x - c.x) * c.scale;
  const top = (r.y - c.y) * c.scale;
  if (item.kind === 'note') {
    const note = content.notes[item.id]!;
    return (
      <TextOverlay
        left={left}
        top={top}
        width={r.width * c.scale}
        height={r.height * c.scale}
        fontSize={Math.max(14, noteLayout(note.text, note.author !== '').fontSize * c.scale)}
        initial={note.text}
        label={t.board.editLabel}
        multiline
        maxLength={500}
        onSave={(text) => {
          onSave({ op: 'editNote', id: item.id, text });
          onDone();
        }}
        onCancel={onDone}
      />
    );
  }
  const cluster = content.clusters[item.id]!;
  return (
    <TextOverlay
      left={left}
      top={top}
      width={Math.max(240, r.width * c.scale)}
      height={Math.max(36, CLUSTER_HEADER * c.scale)}
      fontSize={Math.max(16, 28 * c.scale)}
      initial={cluster.name}
      label={t.board.renameLabel}
      multiline={false}
      maxLength={120}
      onSave={(name) => {
        onSave({ op: 'renameCluster', id: item.id, name });
        onDone();
      }}
      onCancel={onDone}
    />
  );
}
