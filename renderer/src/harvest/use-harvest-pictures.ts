import { useEffect, useMemo, useRef, useState } from 'react';
import type { Board } from '../../../shared/board/board.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';
import type { BoardImage } from '../board/export-png.js';
import { useClient, useClientState } from '../client/client-context.js';
import { usePhotoImages } from '../photos/photo-images.js';
import { useI18n } from '../i18n/i18n.js';
import { drawPicture, pictureContext, sessionBoards } from './draw-pictures.js';

/** A board's picture as drawn for one names option; null when the board has nothing to draw. */
type Drawn = Map<HarvestNames, WeakMap<Board, BoardImage | null>>;

/**
 * The session's board pictures for the chosen names, drawn one by one while
 * the dialog is open, so the mail's size is known before anything is written
 * and "Oogst maken" need not draw them again. A board that changes meanwhile
 * is a new object, and is drawn anew.
 */
export function useHarvestPictures(sessionId: string, names: HarvestNames) {
  const { t, language } = useI18n();
  const { snapshot, clockOffset } = useClientState();
  const { images: photos } = usePhotoImages(useClient());
  const drawn = useRef<Drawn>(new Map());
  const [pictures, setPictures] = useState<(BoardImage | null)[] | null>(null);
  const boards = useMemo(() => (snapshot ? sessionBoards(snapshot, sessionId) : []), [snapshot, sessionId]);

  const cacheFor = (option: HarvestNames) => {
    let cache = drawn.current.get(option);
    if (!cache) drawn.current.set(option, (cache = new WeakMap()));
    return cache;
  };

  /** A board's picture for `option`, drawn only once while the board is unchanged. */
  const picture = async (board: Board, option: HarvestNames): Promise<BoardImage | null> => {
    const cache = cacheFor(option);
    const known = cache.get(board);
    if (known !== undefined) return known;
    if (!snapshot) return null;
    const image = await drawPicture(board, pictureContext(snapshot, sessionId, option, { t, language, now: Date.now() + clockOffset, photos }));
    cache.set(board, image);
    return image;
  };

  useEffect(() => {
    let stopped = false;
    setPictures(null);
    void (async () => {
      const all: (BoardImage | null)[] = [];
      for (const board of boards) {
        if (stopped) return;
        // A failed picture leaves that board as text; "Oogst maken" says which.
        all.push(await picture(board, names).catch(() => null));
      }
      if (!stopped) setPictures(all);
    })();
    return () => {
      stopped = true;
    };
  }, [boards, names]);

  return { boards, pictures, picture };
}
