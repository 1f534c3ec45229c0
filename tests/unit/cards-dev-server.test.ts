/** `astro dev` serves cards and ZIPs on demand from the cache, and leaves every other URL to Astro. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handleDevImageRequest } from '../../src/cards/render/dev-server';
import { loadIssues } from '../../src/cards/render/plan';
import { issueZipPath, slideImagePath } from '../../src/lib/urls';

const root = process.cwd();
const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-dev-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function fakeResponse() {
  const sent: { status: number; headers: Record<string, string>; body: Uint8Array } = { status: 0, headers: {}, body: new Uint8Array() };
  const response = {
    set statusCode(code: number) {
      sent.status = code;
    },
    setHeader: (name: string, value: string) => void (sent.headers[name] = value),
    end: (body: Uint8Array) => void (sent.body = body),
  } as unknown as ServerResponse;
  return { sent, response };
}

const request = (url: string) => ({ url, headers: { host: '127.0.0.1:4321' } }) as IncomingMessage;

describe('dev server images', { timeout: 30_000 }, () => {
  const issue = loadIssues(root).find((candidate) => !candidate.data.draft);

  it.runIf(issue)('draws a card when asked, then serves it from the cache', async () => {
    const { sent, response } = fakeResponse();
    expect(await handleDevImageRequest(root, cacheDir, request(slideImagePath(issue!.slug, 1)), response)).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.headers['content-type']).toBe('image/png');
    const view = new DataView(sent.body.buffer, sent.body.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1080, 1350]);
    // The PNG and, beside it, the WebP the issue page shows.
    expect(readdirSync(cacheDir).map((name) => name.split('.').pop()).sort()).toEqual(['png', 'webp']);
  });

  it.runIf(issue)('builds the issue ZIP with one PNG per card', async () => {
    const { sent, response } = fakeResponse();
    expect(await handleDevImageRequest(root, cacheDir, request(issueZipPath(issue!.slug)), response)).toBe(true);
    expect(sent.headers['content-type']).toBe('application/zip');
    expect(Buffer.from(sent.body).toString('latin1').match(/PK\x03\x04/g)).toHaveLength(issue!.data.slides.length);
  });

  it('leaves other URLs alone', async () => {
    for (const url of ['/card-news/', '/about/', '/card-news/no-such-issue/no-such-issue-01.png']) {
      const { response } = fakeResponse();
      expect(await handleDevImageRequest(root, cacheDir, request(url), response), url).toBe(false);
    }
  });
});
