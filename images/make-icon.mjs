// Draws images/icon.png (128×128): a page with one highlighted name and one squiggled claim.
// Run with `node images/make-icon.mjs`; no image tools needed (PNG written with zlib).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const NAVY = hex('#1F2A37');
const PAPER = hex('#F7F5EF');
const GREY = hex('#9AA5B1');
const YELLOW = hex('#F6C343');
const RED = hex('#E5484D');

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
/** A squiggle under a claim, like an editor's warning. */
const wave = (x0, x1, y, amp, period, width) => (x, yy) => x >= x0 && x <= x1 && Math.abs(yy - (y + amp * Math.sin(((x - x0) / period) * 2 * Math.PI))) <= width / 2;

// Later shapes paint over earlier ones.
const shapes = [
  [roundRect(0, 0, 128, 128, 24), NAVY],
  [roundRect(28, 14, 100, 114, 6), PAPER],
  [rect(38, 26, 80, 33), NAVY], // headline
  [rect(38, 44, 90, 47), GREY],
  [rect(36, 53, 74, 64), YELLOW], // a highlighted name
  [rect(39, 57, 71, 60), NAVY],
  [rect(78, 57, 90, 60), GREY],
  [rect(38, 70, 90, 73), GREY],
  [rect(38, 82, 84, 85), GREY],
  [wave(38, 84, 90, 1.6, 6, 2.2), RED], // an unsourced claim
  [rect(38, 98, 70, 101), GREY],
];

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let colour;
        for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
        if (colour) {
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
