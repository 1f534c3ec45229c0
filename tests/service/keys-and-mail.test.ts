// Engine-free parts of the service's safety: the field cipher (key ids, bound field names, tampering), where keys
// come from (production refuses to start without them; dev makes a 0600 file once), tokens, and the mail folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/server/crypto/field-cipher';
import { hashPrivateToken, isPrivateTokenShape, newPrivateToken } from '../../src/server/crypto/private-token';
import { loadSecrets, newSecretValues, parseEncryptionKeys } from '../../src/server/crypto/secrets';
import { escapeHtml } from '../../src/lib/html/escape';
import { createMailTransport } from '../../src/server/mail/mail-transport';

const dir = mkdtempSync(join(tmpdir(), 'service-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('field cipher', () => {
  const old = parseEncryptionKeys(newSecretValues('k2025').DATA_ENCRYPTION_KEYS!);
  const current = parseEncryptionKeys(newSecretValues('k2026').DATA_ENCRYPTION_KEYS!);

  it('names its key, decrypts with any known key, and refuses an unknown one', () => {
    const before = createFieldCipher(old).encrypt('상담 내용', 't.c');
    expect(before.startsWith('v1:k2025:')).toBe(true);
    const rotated = createFieldCipher([...current, ...old]);
    expect(rotated.decrypt(before, 't.c')).toBe('상담 내용');
    expect(rotated.keyIdOf(rotated.encrypt('x', 't.c'))).toBe('k2026');
    expect(() => createFieldCipher(current).decrypt(before, 't.c')).toThrow(/k2025/);
  });

  it('detects tampering and a value moved to another column', () => {
    const cipher = createFieldCipher(current);
    const stored = cipher.encrypt('010-1234-5678', 'counselling_request.phone');
    expect(() => cipher.decrypt(stored, 'counselling_request.email')).toThrow();
    const [v, id, iv, body] = stored.split(':');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => cipher.decrypt([v, id, iv, flipped.toString('base64url')].join(':'), 'counselling_request.phone')).toThrow();
    expect(cipher.encrypt('같은 값', 'f')).not.toBe(cipher.encrypt('같은 값', 'f'));
  });
});

describe('secrets', () => {
  it('production (DATABASE_URL) refuses to start without keys', () => {
    expect(() => loadSecrets({ DATABASE_URL: 'postgres://db/x' }, { devFile: join(dir, 'never.json') })).toThrow(/refusing to start/);
    expect(readdirSync(dir)).not.toContain('never.json');
  });

  it('the embedded default makes dev keys once, in a 0600 file, with a warning', () => {
    const warnings: string[] = [];
    const devFile = join(dir, 'dev-secrets.json');
    const first = loadSecrets({}, { devFile, warn: (m) => warnings.push(m) });
    const second = loadSecrets({}, { devFile, warn: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(statSync(devFile).mode & 0o777).toBe(0o600);
    expect(second.encryptionKeys[0]!.key.equals(first.encryptionKeys[0]!.key)).toBe(true);
  });

  it('rejects keys of the wrong length', () => {
    expect(() => parseEncryptionKeys(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/32/);
  });
});

describe('tokens and mail', () => {
  it('private tokens carry 256 bits and are stored as a hash', () => {
    const token = newPrivateToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isPrivateTokenShape(token)).toBe(true);
    expect(hashPrivateToken(token)).not.toContain(token);
    expect(isPrivateTokenShape('short')).toBe(false);
  });

  it('without SMTP, each mail is an .eml and a JSON file in MAIL_DIR', async () => {
    const folder = join(dir, 'mail');
    const transport = createMailTransport({ from: 'centre@example.com', folder });
    expect(transport.kind).toBe('folder');
    await transport.send({ to: 'a@example.com', subject: '제목', text: '본문', html: `<p>${escapeHtml('<script>')}</p>` });
    const files = readdirSync(folder).sort();
    expect(files.map((f) => f.split('.').at(-1))).toEqual(['eml', 'json']);
    expect(readFileSync(join(folder, files[0]!), 'utf8')).toMatch(/^To: a@example\.com$/m);
    expect(JSON.parse(readFileSync(join(folder, files[1]!), 'utf8'))).toMatchObject({ to: 'a@example.com', html: '<p>&lt;script&gt;</p>' });
  });
});
