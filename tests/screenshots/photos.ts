// node --import tsx tests/screenshots/photos.ts (after npm run build): a
// board with two photos of paper, added through the file picker, on the
// beamer and on the facilitator's screen, at both sizes.
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Board } from '../../shared/board/board.js';
import { request } from '../support/ws-request.js';
import { openWindow, runScreenshots, shoot, SIZES } from './screenshot-run.js';
import { beamerDrew, openBoard, openSession, seedBoard } from './shot-steps.js';

const TITLE = 'Wat we op papier zetten';

/** A flip-over sheet: marker headings, a mind map and a few lines of "handwriting". */
const flipOver = (): Promise<Buffer> =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="2400">
      <rect width="1800" height="2400" fill="#f7f5ee"/>
      <text x="140" y="260" font-family="sans-serif" font-size="150" font-weight="bold" fill="#1d3f8f">Wat werkt al?</text>
      <ellipse cx="900" cy="1200" rx="380" ry="220" fill="none" stroke="#c0392b" stroke-width="18"/>
      <text x="660" y="1240" font-family="sans-serif" font-size="110" fill="#c0392b">De wijk</text>
      <g stroke="#2e7d32" stroke-width="14">
        <line x1="560" y1="1060" x2="260" y2="700"/><line x1="1240" y1="1060" x2="1540" y2="700"/>
        <line x1="560" y1="1340" x2="260" y2="1800"/><line x1="1240" y1="1340" x2="1540" y2="1800"/>
      </g>
      <g font-family="sans-serif" font-size="90" fill="#2e7d32">
        <text x="120" y="640">Buurtkamer</text><text x="1240" y="640">Taalcafé</text>
        <text x="120" y="1920">Repair café</text><text x="1220" y="1920">Wijkagent</text>
      </g>
      <g stroke="#555" stroke-width="10" stroke-linecap="round">
        <line x1="160" y1="2140" x2="1500" y2="2140"/><line x1="160" y1="2260" x2="1200" y2="2260"/>
      </g>
    </svg>`),
  )
    .jpeg()
    .toBuffer();

/** Self-portraits drawn by the group, photographed with the phone on its side (orientation 6) and its location in it. */
const portraits = async (): Promise<Buffer> => {
  const faces = [0, 1, 2].map((i) => {
    const cx = 500 + i * 1000;
    const colour = ['#c0392b', '#1d3f8f', '#8e44ad'][i];
    return `<circle cx="${cx}" cy="900" r="360" fill="none" stroke="${colour}" stroke-width="22"/>
      <circle cx="${cx - 130}" cy="820" r="40" fill="${colour}"/><circle cx="${cx + 130}" cy="820" r="40" fill="${colour}"/>
      <path d="M ${cx - 170} 1040 Q ${cx} 1180 ${cx + 170} 1040" fill="none" stroke="${colour}" stroke-width="20"/>
      <text x="${cx - 160}" y="1500" font-family="sans-serif" font-size="110" fill="${colour}">${['Sanne', 'Ahmed', 'Joke'][i]}</text>`;
  });
  const upright = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="2000"><rect width="3000" height="2000" fill="#fbfaf3"/>${faces.join('')}</svg>`))
    .png()
    .toBuffer();
  // Stored turned a quarter to the left, with the tag that says to turn it back: as a phone held on its side writes it.
  return sharp(upright)
    .rotate(-90)
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' } })
    .jpeg()
    .toBuffer();
};

async function addPhoto(page: Page, name: string, buffer: Buffer, count: number): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Foto toevoegen' }).click()]);
  await chooser.setFiles({ name, mimeType: 'image/jpeg', buffer });
  await page.getByRole('group', { name: `Foto ${count}` }).waitFor();
}

/** Both photos' pixels are on the canvas: the dark blue of the heading and of Ahmed's face, which nothing else on the board has. */
async function photosDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('canvas');
      if (!canvas || canvas.width === 0) return false;
      const probe = document.createElement('canvas');
      probe.width = canvas.width;
      probe.height = canvas.height;
      const ctx = probe.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, probe.width, probe.height).data;
      let left = 0;
      let right = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 80 && data[i + 2]! > 120 && data[i + 1]! < 100) {
          if ((i / 4) % probe.width < probe.width * 0.4) left += 1;
          else right += 1;
        }
      }
      return left > 200 && right > 200;
    },
    undefined,
    { timeout: 15_000, polling: 250 },
  );
}

runScreenshots(async (run) => {
  const { client } = run;
  const sessionId = await openSession(client);
  const board = await seedBoard(client, sessionId, TITLE, 'notes', [
    { op: 'addNote', id: 'n1', text: 'Iedereen tekende zichzelf', color: 0 },
    { op: 'addNote', id: 'n2', text: 'Buurtkamer vaker open', color: 2 },
    { op: 'addNote', id: 'n3', text: 'Taalcafé ook op zaterdag', color: 4 },
  ]);
  const first = await openWindow(run, 'facilitator', SIZES[0]);
  await openBoard(first, TITLE, `Bord ${TITLE}`);
  await addPhoto(first, 'flip-over.jpg', await flipOver(), 1);
  await addPhoto(first, 'zelfportretten.jpg', await portraits(), 2);
  await first.close();

  const snapshot = await request<{ boards: Record<string, Board> }>(client, 'state.snapshot', {});
  const [sheet, drawing] = Object.values(snapshot.boards[board.id]!.content.photos);
  await request(client, 'board.apply', { boardId: board.id, command: { op: 'placePhoto', id: sheet!.id, x: 0, y: 0, width: 600 } });
  await request(client, 'board.apply', { boardId: board.id, command: { op: 'placePhoto', id: drawing!.id, x: 660, y: 0, width: 1200 } });
  await request(client, 'board.apply', { boardId: board.id, command: { op: 'moveNotes', moves: [{ id: 'n1', x: 660, y: 840 }, { id: 'n2', x: 860, y: 840 }, { id: 'n3', x: 1060, y: 840 }] } });
  await request(client, 'beamer.board', { boardId: board.id, follow: false });

  for (const size of SIZES) {
    const beamer = await openWindow(run, 'beamer', size);
    await beamerDrew(beamer, 3);
    await photosDrawn(beamer);
    await shoot(beamer, `photos-beamer-${size.name}`);
    const page = await openWindow(run, 'facilitator', size);
    await openBoard(page, TITLE, `Bord ${TITLE}`);
    await photosDrawn(page);
    await shoot(page, `photos-board-${size.name}`);
  }
});
