import './photos.css';
import { ImagePlus } from 'lucide-react';
import { useRef } from 'react';
import type { BoardContent, Photo } from '../../../shared/board/board.js';
import type { BoardCommand } from '../../../shared/board/board-schema.js';
import { useI18n } from '../i18n/i18n.js';

/** Accepted by the picker; HEIC is offered, and main says plainly when this computer cannot read it. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif';
const STEP = 20;
const BIG_STEP = 100;
const GROWTH = 1.2;

interface Props {
  content: BoardContent;
  adding: boolean;
  onFile(file: File): void;
  onCommand(command: BoardCommand): void;
}

/**
 * Adding a photo of paper, and each photo on the board as a control the
 * keyboard moves (arrows), sizes (+ and −) and removes (Delete); the pointer
 * drags them on the canvas.
 */
export function PhotoPanel({ content, adding, onFile, onCommand }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const photos = Object.values(content.photos ?? {});
  const place = (photo: Photo, dx: number, dy: number, factor = 1) =>
    onCommand({ op: 'placePhoto', id: photo.id, x: photo.x + dx, y: photo.y + dy, width: Math.round(photo.width * factor) });

  const onKeyDown = (photo: Photo, e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const step = e.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => place(photo, -step, 0),
      ArrowRight: () => place(photo, step, 0),
      ArrowUp: () => place(photo, 0, -step),
      ArrowDown: () => place(photo, 0, step),
      '+': () => place(photo, 0, 0, GROWTH),
      '=': () => place(photo, 0, 0, GROWTH),
      '-': () => place(photo, 0, 0, 1 / GROWTH),
      Delete: () => onCommand({ op: 'deletePhotos', ids: [photo.id] }),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  };

  return (
    <section className="board-photos" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t.photos.panel}</h2>
      <button type="button" className="photo-add" disabled={adding} onClick={() => input.current?.click()}>
        <ImagePlus aria-hidden="true" /> {t.photos.add}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={t.photos.chooseFile}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      {photos.length > 0 && (
        <>
          <p className="photo-hint">{t.photos.hint}</p>
          <ul>
            {photos.map((photo, i) => (
              <li key={photo.id}>
                <div className="photo-item" role="group" aria-label={t.photos.item(i + 1)} tabIndex={0} onKeyDown={(e) => onKeyDown(photo, e)}>
                  <span className="photo-name">{t.photos.item(i + 1)}</span>
                  <button type="button" onClick={() => place(photo, 0, 0, GROWTH)}>{t.photos.bigger}</button>
                  <button type="button" onClick={() => place(photo, 0, 0, 1 / GROWTH)}>{t.photos.smaller}</button>
                  <button type="button" onClick={() => onCommand({ op: 'deletePhotos', ids: [photo.id] })}>{t.photos.remove}</button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
