import { useEffect, useState } from 'react';
import type { FlipoverClient } from '../client/client.js';

type Entry = { state: 'loading'; done: Promise<void> } | { state: 'ready'; image: HTMLImageElement } | { state: 'failed' };

/**
 * The photos' pixels in this window, fetched once each by id (a photo's
 * pixels never change under its id), so drawing a frame never waits on the
 * network: a photo not here yet is drawn as a frame, and drawn again when it comes.
 */
export class PhotoImages {
  private readonly entries = new Map<string, Entry>();
  private readonly watchers = new Set<() => void>();

  constructor(private readonly client: Pick<FlipoverClient, 'fetchPhoto'>) {}

  /** The image if it is here; otherwise it is asked for, and watchers hear when it comes. */
  get = (id: string): HTMLImageElement | undefined => {
    const entry = this.entries.get(id) ?? this.load(id);
    return entry.state === 'ready' ? entry.image : undefined;
  };

  /** Waits until every one of these is here or has failed: an image of the board must not miss one. */
  async whenLoaded(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => {
      const entry = this.entries.get(id) ?? this.load(id);
      return entry.state === 'loading' ? entry.done : undefined;
    }));
  }

  subscribe(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private load(id: string): Entry {
    const done = (async () => {
      const blob = await this.client.fetchPhoto(id);
      const image = blob ? await decoded(blob) : undefined;
      this.entries.set(id, image ? { state: 'ready', image } : { state: 'failed' });
      for (const watcher of this.watchers) watcher();
    })();
    const entry: Entry = { state: 'loading', done };
    this.entries.set(id, entry);
    return entry;
  }
}

async function decoded(blob: Blob): Promise<HTMLImageElement | undefined> {
  const image = new Image();
  const url = URL.createObjectURL(blob);
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    return undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const shared = new WeakMap<object, PhotoImages>();

/** This window's photo images, and a number that changes whenever one arrives (to redraw on). */
export function usePhotoImages(client: FlipoverClient): { images: PhotoImages; version: number } {
  let images = shared.get(client);
  if (!images) {
    images = new PhotoImages(client);
    shared.set(client, images);
  }
  const [version, setVersion] = useState(0);
  useEffect(() => images.subscribe(() => setVersion((v) => v + 1)), [images]);
  return { images, version };
}
