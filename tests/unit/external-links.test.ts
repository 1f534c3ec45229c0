import { describe, expect, it } from 'vitest';
import { isExternalLink, withNoopener } from '../../src/lib/html/external-links';

const host = 'nw.workingmom.example';

describe('withNoopener', () => {
  it('adds rel="noopener" to links to other sites', () => {
    expect(withNoopener('<a href="https://www.moel.go.kr/">고용노동부</a>', host)).toBe('<a href="https://www.moel.go.kr/" rel="noopener">고용노동부</a>');
  });

  it('keeps existing rel tokens and adds noopener once', () => {
    expect(withNoopener(`<a class="x" rel='external' href=https://a.kr/>a</a>`, host)).toBe('<a class="x" rel="external noopener" href=https://a.kr/>a</a>');
    const done = '<a href="https://a.kr/" rel="noopener noreferrer">a</a>';
    expect(withNoopener(done, host)).toBe(done);
  });

  it('leaves links on this site, anchors, phone links and other tags alone', () => {
    const html = `<a href="/guide/">a</a><a href="https://${host}/about/">b</a><a href="#main">c</a><a href="tel:02-308-1220">d</a><link href="https://a.kr/x.css" rel="stylesheet"><abbr title="x">e</abbr>`;
    expect(withNoopener(html, host)).toBe(html);
  });

  it('reads a > inside a quoted attribute as part of the tag', () => {
    expect(withNoopener('<a title="1 > 0" href="//evil.example/">x</a>', host)).toBe('<a title="1 > 0" href="//evil.example/" rel="noopener">x</a>');
  });
});

describe('isExternalLink', () => {
  it('compares hosts', () => {
    expect(isExternalLink('https://a.kr', host)).toBe(true);
    expect(isExternalLink(`http://${host}/x`, host)).toBe(false);
    expect(isExternalLink('mailto:a@b.kr', host)).toBe(false);
  });
});
