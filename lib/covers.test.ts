import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { avatarSvg, COVER_MOTIFS, coverMotifFor, coverSvg } from './covers';

describe('coverSvg', () => {
  it('returns the same SVG when the seed is the same', () => {
    expect(coverSvg({ seed: 'course-1', motif: 'grid' })).toBe(
      coverSvg({ seed: 'course-1', motif: 'grid' }),
    );
  });

  it('differs when the seed differs', () => {
    expect(coverSvg({ seed: 'course-1', motif: 'waves' })).not.toBe(
      coverSvg({ seed: 'course-2', motif: 'waves' }),
    );
  });

  it('contains no text elements when rendered for any motif', () => {
    for (const motif of COVER_MOTIFS) {
      const svg = coverSvg({ seed: motif, motif });
      expect(svg).not.toMatch(/<text|<tspan|NaN|undefined/);
      expect(svg.startsWith('<svg')).toBe(true);
    }
  });

  it('renders to a 960x540 bitmap with sharp for every motif', async () => {
    for (const motif of COVER_MOTIFS) {
      const png = await sharp(Buffer.from(coverSvg({ seed: 'x', motif })))
        .png()
        .toBuffer();
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([960, 540]);
    }
  });

  it('chooses the motif by category and falls back by seed for unknown categories', () => {
    expect(coverMotifFor('programming')).toBe('grid');
    expect(coverMotifFor('music-audio')).toBe('waves');
    expect(COVER_MOTIFS).toContain(coverMotifFor('unknown', 'seed'));
    expect(coverMotifFor('unknown', 'seed')).toBe(coverMotifFor('unknown', 'seed'));
  });
});

describe('avatarSvg', () => {
  it('renders a square image that is stable per seed', async () => {
    const svg = avatarSvg({ seed: 'maya', size: 128 });
    expect(svg).toBe(avatarSvg({ seed: 'maya', size: 128 }));
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect([meta.width, meta.height]).toEqual([128, 128]);
  });
});
