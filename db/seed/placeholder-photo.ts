// Placeholder "photos" for demo and benchmark content, drawn locally (nothing is downloaded).
import sharp from 'sharp';

const PALETTES = [
  ['#1e3a5f', '#c9a227'],
  ['#7a1f1f', '#e0b04a'],
  ['#1f4d3a', '#9ccf6b'],
  ['#2d2a5f', '#6fa8dc'],
  ['#5f3a1e', '#d9c27a'],
  ['#164e63', '#f4a259'],
];

/** A placeholder "photo" drawn locally (nothing is downloaded): a gradient with soft shapes. */
export async function placeholderPhoto(index: number): Promise<Buffer> {
  const [from, to] = PALETTES[index % PALETTES.length]!;
  const cx = 250 + ((index * 173) % 900);
  const bx = 200 + ((index * 311) % 800);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1440" height="960">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="1440" height="960" fill="url(#g)"/>
<circle cx="${cx}" cy="480" r="230" fill="#fff" fill-opacity="0.22"/>
<rect x="${bx}" y="560" width="520" height="260" rx="24" fill="#000" fill-opacity="0.25"/>
<rect x="0" y="820" width="1440" height="140" fill="#000" fill-opacity="0.2"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}
