// Writes resources/sounds/chime.wav: a soft three-tone bell rising to the
// tonic (E5, G5, C6), made of sine partials that die away exponentially;
// 1.2 s, 22050 Hz mono 16-bit PCM, about 53 KB.
// No dependencies: `node scripts/make-chime.mjs` makes the same file every time.
import fs from 'node:fs';
import path from 'node:path';

const RATE = 22_050;
const SECONDS = 1.2;
const out = path.resolve(import.meta.dirname, '..', 'resources', 'sounds', 'chime.wav');

/** Each note: when it starts (s), its pitch (Hz) and how loud it is. */
const notes = [
  { at: 0, hz: 659.25, gain: 0.8 },
  { at: 0.16, hz: 783.99, gain: 0.75 },
  { at: 0.32, hz: 1046.5, gain: 0.9 },
];
/** A bell: the fundamental rings longest, the overtones fade fast. */
const partials = [
  { ratio: 1, gain: 1, decay: 0.42 },
  { ratio: 2, gain: 0.28, decay: 0.18 },
  { ratio: 3.01, gain: 0.08, decay: 0.1 },
];
const ATTACK = 0.006;
const FADE_OUT = 0.08;

const length = Math.round(RATE * SECONDS);
const mix = new Float64Array(length);
for (const note of notes) {
  const start = Math.round(note.at * RATE);
  for (let i = start; i < length; i++) {
    const t = (i - start) / RATE;
    const attack = Math.min(1, t / ATTACK);
    let v = 0;
    for (const p of partials) v += p.gain * Math.exp(-t / p.decay) * Math.sin(2 * Math.PI * note.hz * p.ratio * t);
    mix[i] += note.gain * attack * v;
  }
}
// A short fade at the end, so the file never stops on a click.
for (let i = 0; i < length; i++) {
  const left = (length - 1 - i) / RATE;
  if (left < FADE_OUT) mix[i] *= left / FADE_OUT;
}

const peak = mix.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const scale = (0.7 * 32_767) / peak;

const data = Buffer.alloc(length * 2);
for (let i = 0; i < length; i++) data.writeInt16LE(Math.round(mix[i] * scale), i * 2);

const header = Buffer.alloc(44);
header.write('RIFF', 0, 'ascii');
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8, 'ascii');
header.write('fmt ', 12, 'ascii');
header.writeUInt32LE(16, 16); // size of the fmt chunk
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE * 2, 28); // bytes per second
header.writeUInt16LE(2, 32); // bytes per frame
header.writeUInt16LE(16, 34); // bits per sample
header.write('data', 36, 'ascii');
header.writeUInt32LE(data.length, 40);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat([header, data]));
process.stdout.write(`${path.relative(process.cwd(), out)}: ${header.length + data.length} bytes\n`);
