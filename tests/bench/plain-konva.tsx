// The baseline for board_drag_frame_ms: the same notes drawn the plain
// react-konva way, one Group of Rect and Text per note, draggable, with no
// layers split, no culling and no caching. Bundled by the bench into a blank page.
import Konva from 'konva';
import { createRoot } from 'react-dom/client';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import '../support/page-globals.js';

interface PlainNote {
  id: string;
  text: string;
  x: number;
  y: number;
  fill: string;
}

interface Camera {
  x: number;
  y: number;
  scale: number;
}

function PlainBoard({ notes, camera, width, height }: { notes: PlainNote[]; camera: Camera; width: number; height: number }) {
  return (
    <Stage width={width} height={height} scaleX={camera.scale} scaleY={camera.scale} x={-camera.x * camera.scale} y={-camera.y * camera.scale}>
      <Layer>
        {notes.map((n) => (
          <Group key={n.id} x={n.x} y={n.y} draggable>
            <Rect width={160} height={110} fill={n.fill} />
            <Text text={n.text} width={160} height={110} padding={10} fontSize={18} wrap="word" />
          </Group>
        ))}
      </Layer>
    </Stage>
  );
}


let first: PlainNote | undefined;

/** Whether the first note's group is no longer where it was drawn: the drag happened. */
window.plainMoved = () => {
  const group = Konva.stages[0]?.findOne('Group');
  return Boolean(group && first && (group.x() !== first.x || group.y() !== first.y));
};

window.renderPlainBoard = (notes, camera, width, height) =>
  new Promise((resolve) => {
    first = notes[0];
    const root = document.getElementById('root')!;
    createRoot(root).render(<PlainBoard notes={notes} camera={camera} width={width} height={height} />);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
