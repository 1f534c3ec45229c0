import { describe, expect, it } from 'vitest';
import { withIslandStyleInHead } from '../../src/build/finish-pages';

describe('Astro island style', () => {
  it('moves from the body into the head, and leaves a page without islands alone', () => {
    const rule = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    expect(withIslandStyleInHead(`<html><head><title>t</title></head><body><h2>a</h2>${rule}<astro-island></astro-island></body></html>`)).toBe(
      `<html><head><title>t</title>${rule}</head><body><h2>a</h2><astro-island></astro-island></body></html>`,
    );
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(withIslandStyleInHead(plain)).toBe(plain);
  });
});
