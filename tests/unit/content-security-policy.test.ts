import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withCspMeta } from '../../src/build/content-security-policy';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inline script hashes', () => {
  it('hashes inline scripts only, not external files or JSON-LD', () => {
    const html = `<script>customElements.define('x',1)</script><script type="module">import('/a.js')</script>
      <script src="/_astro/x.js"></script><script type="application/ld+json">{"a":1}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("customElements.define('x',1)"), sha("import('/a.js')")].sort());
  });
});

describe('policy by path', () => {
  it('lets a public page run only its own scripts and post forms to the site only', () => {
    const policy = policyFor('/programs/', '<script>go()</script>');
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('go()')}`);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toContain("'unsafe-inline'");
    expect(policy).toContain("form-action 'self';");
    expect(policy).toContain("object-src 'none'");
  });

  it('gives /admin/ a looser policy for the CMS', () => {
    const policy = policyFor('/admin/', '');
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain('http://127.0.0.1:8081');
    expect(policyFor('/administration-guide/', '')).not.toContain("'unsafe-eval'");
  });
});

describe('meta tag', () => {
  it('goes right after <meta charset> so it covers everything after it', () => {
    const html = '<html><head><meta charset="utf-8"><script src="/a.js"></script></head></html>';
    const out = withCspMeta(html, `default-src 'self'`);
    expect(out).toBe(`<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script src="/a.js"></script></head></html>`);
    expect(withCspMeta(out, 'other')).toBe(out);
  });
});
