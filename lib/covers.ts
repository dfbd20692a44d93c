/**
 * Abstract course covers and avatars as SVG: a gradient plus a geometric motif chosen by category,
 * seeded by an id, so a cover is stable for its course. No text (CJK fonts may be missing where it is
 * rendered) and no network. Pure: the caller renders it (sharp) and stores the bitmap.
 */

export const COVER_MOTIFS = [
  'grid',
  'nodes',
  'circles',
  'bars',
  'rays',
  'steps',
  'bubbles',
  'waves',
  'aperture',
  'candles',
] as const;
export type CoverMotif = (typeof COVER_MOTIFS)[number];

const MOTIF_BY_CATEGORY: Record<string, CoverMotif> = {
  programming: 'grid',
  'data-ai': 'nodes',
  design: 'circles',
  business: 'bars',
  marketing: 'rays',
  'personal-growth': 'steps',
  languages: 'bubbles',
  'music-audio': 'waves',
  photography: 'aperture',
  finance: 'candles',
};

const PALETTES: [string, string][] = [
  ['#0f766e', '#22d3ee'],
  ['#1e3a8a', '#6366f1'],
  ['#7c2d12', '#f97316'],
  ['#581c87', '#ec4899'],
  ['#14532d', '#84cc16'],
  ['#0c4a6e', '#38bdf8'],
  ['#831843', '#fb7185'],
  ['#312e81', '#a78bfa'],
  ['#713f12', '#facc15'],
  ['#134e4a', '#2dd4bf'],
];

export function coverMotifFor(categorySlug: string, seed = ''): CoverMotif {
  return MOTIF_BY_CATEGORY[categorySlug] ?? COVER_MOTIFS[hash32(seed) % COVER_MOTIFS.length]!;
}

/** FNV-1a then a mulberry32 stream: deterministic per seed, independent of any global state. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function stream(seed: string) {
  let a = hash32(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (min: number, max: number) => min + next() * (max - min);
  return { next, between, int: (min: number, max: number) => Math.floor(between(min, max + 1)) };
}

type Draw = { w: number; h: number; r: ReturnType<typeof stream> };
const f = (n: number) => n.toFixed(1);

const MOTIFS: Record<CoverMotif, (d: Draw) => string> = {
  grid: ({ w, h, r }) => {
    const size = r.int(36, 56);
    let out = '';
    for (let x = 0; x < w; x += size)
      for (let y = 0; y < h; y += size)
        if (r.next() < 0.35)
          out += `<rect x="${x + 4}" y="${y + 4}" width="${size - 8}" height="${size - 8}" rx="6" fill="#fff" fill-opacity="${f(r.between(0.08, 0.4))}"/>`;
    return out;
  },
  nodes: ({ w, h, r }) => {
    const pts = Array.from(
      { length: r.int(14, 22) },
      () => [r.between(0, w), r.between(0, h)] as const,
    );
    let out = '';
    pts.forEach(([x, y], i) => {
      const [nx, ny] = pts[(i + 1 + r.int(0, 3)) % pts.length]!;
      out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(nx)}" y2="${f(ny)}" stroke="#fff" stroke-opacity="0.35" stroke-width="2"/>`;
    });
    for (const [x, y] of pts)
      out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r.between(5, 14))}" fill="#fff" fill-opacity="0.75"/>`;
    return out;
  },
  circles: ({ w, h, r }) =>
    Array.from(
      { length: r.int(5, 9) },
      () =>
        `<circle cx="${f(r.between(0, w))}" cy="${f(r.between(0, h))}" r="${f(r.between(h * 0.12, h * 0.45))}" fill="#fff" fill-opacity="${f(r.between(0.08, 0.3))}"/>`,
    ).join(''),
  bars: ({ w, h, r }) => {
    const n = r.int(6, 10);
    const bw = (w * 0.7) / n;
    return Array.from({ length: n }, (_, i) => {
      const bh = h * (0.15 + (0.6 * (i + 1)) / n) * r.between(0.8, 1.05);
      return `<rect x="${f(w * 0.15 + i * bw + 4)}" y="${f(h * 0.85 - bh)}" width="${f(bw - 8)}" height="${f(bh)}" rx="4" fill="#fff" fill-opacity="${f(0.2 + (0.5 * i) / n)}"/>`;
    }).join('');
  },
  rays: ({ w, h, r }) => {
    const cx = r.between(w * 0.2, w * 0.8);
    const cy = r.between(h * 0.6, h);
    const n = r.int(10, 16);
    return Array.from({ length: n }, (_, i) => {
      const a = Math.PI + (Math.PI * (i + 0.5)) / n;
      const len = w * r.between(0.5, 0.9);
      return `<path d="M${f(cx)} ${f(cy)} L${f(cx + Math.cos(a - 0.05) * len)} ${f(cy + Math.sin(a - 0.05) * len)} L${f(cx + Math.cos(a + 0.05) * len)} ${f(cy + Math.sin(a + 0.05) * len)}Z" fill="#fff" fill-opacity="${f(r.between(0.1, 0.35))}"/>`;
    }).join('');
  },
  steps: ({ w, h, r }) => {
    const n = r.int(5, 8);
    const sw = w / n;
    let d = `M0 ${h}`;
    for (let i = 0; i < n; i++) {
      const y = h * (0.9 - (0.7 * (i + 1)) / n);
      d += ` L${f(i * sw)} ${f(y)} L${f((i + 1) * sw)} ${f(y)}`;
    }
    return `<path d="${d} L${w} ${h}Z" fill="#fff" fill-opacity="0.25"/><circle cx="${f(w * 0.85)}" cy="${f(h * 0.2)}" r="${f(h * 0.08)}" fill="#fff" fill-opacity="0.8"/>`;
  },
  bubbles: ({ w, h, r }) =>
    Array.from({ length: r.int(4, 7) }, () => {
      const bw = r.between(w * 0.18, w * 0.35);
      const bh = bw * 0.5;
      const x = r.between(0, w - bw);
      const y = r.between(0, h - bh - 16);
      return `<g fill="#fff" fill-opacity="${f(r.between(0.15, 0.45))}"><rect x="${f(x)}" y="${f(y)}" width="${f(bw)}" height="${f(bh)}" rx="${f(bh / 2)}"/><path d="M${f(x + bw * 0.25)} ${f(y + bh - 1)} l-10 18 l26 -18Z"/></g>`;
    }).join(''),
  waves: ({ w, h, r }) => {
    const n = r.int(4, 7);
    return Array.from({ length: n }, (_, i) => {
      const amp = r.between(h * 0.04, h * 0.14);
      const period = r.between(w * 0.2, w * 0.5);
      const y0 = (h * (i + 1)) / (n + 1);
      let d = `M0 ${f(y0)}`;
      for (let x = 10; x <= w; x += 10)
        d += ` L${x} ${f(y0 + amp * Math.sin((2 * Math.PI * x) / period + i))}`;
      return `<path d="${d}" fill="none" stroke="#fff" stroke-opacity="${f(r.between(0.3, 0.8))}" stroke-width="${f(r.between(2, 6))}"/>`;
    }).join('');
  },
  aperture: ({ w, h, r }) => {
    const cx = r.between(w * 0.3, w * 0.7);
    const cy = h / 2;
    const blades = r.int(6, 8);
    let out = '';
    for (let i = 0; i < 5; i++)
      out += `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(h * (0.15 + i * 0.1))}" fill="none" stroke="#fff" stroke-opacity="${f(0.6 - i * 0.1)}" stroke-width="3"/>`;
    for (let i = 0; i < blades; i++) {
      const a = (2 * Math.PI * i) / blades;
      out += `<line x1="${f(cx + Math.cos(a) * h * 0.15)}" y1="${f(cy + Math.sin(a) * h * 0.15)}" x2="${f(cx + Math.cos(a + 1) * h * 0.35)}" y2="${f(cy + Math.sin(a + 1) * h * 0.35)}" stroke="#fff" stroke-opacity="0.6" stroke-width="3"/>`;
    }
    return out;
  },
  candles: ({ w, h, r }) => {
    let y = h * 0.5;
    const n = r.int(12, 18);
    const cw = w / (n + 2);
    return Array.from({ length: n }, (_, i) => {
      const open = y;
      y = Math.min(h * 0.85, Math.max(h * 0.15, y + r.between(-h * 0.12, h * 0.1)));
      const top = Math.min(open, y);
      const x = cw * (i + 1);
      return `<line x1="${f(x + cw / 2)}" y1="${f(top - r.between(5, 20))}" x2="${f(x + cw / 2)}" y2="${f(Math.max(open, y) + r.between(5, 20))}" stroke="#fff" stroke-opacity="0.5" stroke-width="2"/><rect x="${f(x + cw * 0.2)}" y="${f(top)}" width="${f(cw * 0.6)}" height="${f(Math.max(3, Math.abs(open - y)))}" fill="#fff" fill-opacity="${y < open ? 0.8 : 0.35}"/>`;
    }).join('');
  },
};

function gradient(id: string, [from, to]: [string, string], angle: number): string {
  const x = Math.cos(angle);
  const y = Math.sin(angle);
  return `<linearGradient id="${id}" x1="${f(50 - 50 * x)}%" y1="${f(50 - 50 * y)}%" x2="${f(50 + 50 * x)}%" y2="${f(50 + 50 * y)}%"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`;
}

/** 16:9 course cover. Same seed and motif give byte-identical SVG. */
export function coverSvg(opts: {
  seed: string;
  motif: CoverMotif;
  width?: number;
  height?: number;
}): string {
  const w = opts.width ?? 960;
  const h = opts.height ?? 540;
  const r = stream(`cover:${opts.seed}`);
  const palette = PALETTES[r.int(0, PALETTES.length - 1)]!;
  const body = MOTIFS[opts.motif]({ w, h, r });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs>${gradient('bg', palette, r.between(0, Math.PI))}</defs>` +
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>${body}</svg>`
  );
}

/** Square avatar: gradient disc with a few soft shapes, seeded by the person. */
export function avatarSvg(opts: { seed: string; size?: number }): string {
  const s = opts.size ?? 256;
  const r = stream(`avatar:${opts.seed}`);
  const palette = PALETTES[r.int(0, PALETTES.length - 1)]!;
  const shapes = Array.from(
    { length: 3 },
    () =>
      `<circle cx="${f(r.between(0, s))}" cy="${f(r.between(0, s))}" r="${f(r.between(s * 0.2, s * 0.45))}" fill="#fff" fill-opacity="${f(r.between(0.1, 0.3))}"/>`,
  ).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">` +
    `<defs>${gradient('bg', palette, r.between(0, Math.PI))}</defs>` +
    `<rect width="${s}" height="${s}" fill="url(#bg)"/>${shapes}` +
    `<circle cx="${s / 2}" cy="${f(s * 0.4)}" r="${f(s * 0.17)}" fill="#fff" fill-opacity="0.85"/>` +
    `<path d="M${f(s * 0.2)} ${s} a${f(s * 0.3)} ${f(s * 0.28)} 0 0 1 ${f(s * 0.6)} 0Z" fill="#fff" fill-opacity="0.85"/></svg>`
  );
}
