/**
 * Runs in the page: presses at `from`, moves through `moves`, releases, and
 * returns for each move the main thread's work for it: the event handler
 * itself, plus what ran in the next animation frame before this probe's own
 * callback (where Konva draws what the move changed). Each move waits for
 * the frame after, so frames never overlap.
 */
export async function dragFrames(target: Element, from: { x: number; y: number }, moves: { x: number; y: number }[]): Promise<number[]> {
  // As a real mouse does: each pointer event followed by its compatibility mouse event.
  const send = (type: string, x: number, y: number) => {
    const init = {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
    };
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: type === 'pointermove' ? -1 : 0,
        buttons: type === 'pointerup' ? 0 : 1,
      }),
    );
    target.dispatchEvent(new MouseEvent(type.replace('pointer', 'mouse'), init));
  };
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  send('pointerdown', from.x, from.y);
  await nextFrame();
  await nextFrame();
  const frames: number[] = [];
  for (const p of moves) {
    const t0 = performance.now();
    send('pointermove', p.x, p.y);
    const t1 = performance.now();
    const { start, end } = await new Promise<{ start: number; end: number }>((resolve) =>
      requestAnimationFrame((start) => resolve({ start, end: performance.now() })),
    );
    frames.push(t1 - t0 + (end - Math.max(start, t1)));
    await nextFrame();
  }
  const last = moves.at(-1) ?? from;
  send('pointerup', last.x, last.y);
  await nextFrame();
  return frames;
}
