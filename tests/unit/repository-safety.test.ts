/**
 * Safety of the repository itself: no key-like secrets in tracked files, and the local CMS
 * backend (decap-server, which writes to content/ without a login) only listens on this machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Patterns of real credentials. Built from parts, so this file does not match itself. */
const SECRET_PATTERNS: [string, RegExp][] = [
  ['AWS access key', new RegExp('AKIA' + '[0-9A-Z]{16}')],
  ['GitHub token', new RegExp('gh[pousr]_' + '[A-Za-z0-9]{36,}|github_pat_' + '[A-Za-z0-9_]{40,}')],
  ['private key', new RegExp('-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE ' + 'KEY-----')],
  ['Slack token', new RegExp('xox[abprs]-' + '[A-Za-z0-9-]{10,}')],
  ['Google API key', new RegExp('AIza' + '[0-9A-Za-z_-]{35}')],
  ['Stripe key', new RegExp('[sr]k_live_' + '[0-9A-Za-z]{20,}')],
  ['npm token', new RegExp('npm_' + '[A-Za-z0-9]{36}')],
  [
    'assigned secret',
    new RegExp(`(?:api[_-]?key|secret|password|passwd|access[_-]?token|auth[_-]?token|client[_-]?secret)["']?\\s*[:=]\\s*["'][A-Za-z0-9_\\-+/=]{16,}["']`, 'i'),
  ],
];

const TEXT_FILE = /\.(?:[cm]?[jt]sx?|astro|json|ya?ml|md|css|html|txt|toml|sh|env|ini|svg|xml)$|(?:^|\/)(?:\.[a-z]+rc|\.env[^/]*|Dockerfile|run)$/i;

function secretsIn(text: string): string[] {
  return SECRET_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

const trackedFiles = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);

describe('no secrets in the repository', () => {
  it('recognises the kinds of secret it looks for (self-check)', () => {
    expect(secretsIn(`const k = '${'AKIA'}ABCDEFGHIJKLMNOP';`)).toEqual(['AWS access key']);
    expect(secretsIn(`token: ${'ghp_'}${'a'.repeat(36)}`)).toContain('GitHub token');
    expect(secretsIn(`api_key: "${'x1'.repeat(10)}"`)).toEqual(['assigned secret']);
    expect(secretsIn(`-----BEGIN OPENSSH PRIVATE ${'KEY'}-----`)).toEqual(['private key']);
    expect(secretsIn('password: 전화로 문의하세요')).toEqual([]);
  });

  it('tracks no .env files', () => {
    expect(trackedFiles.filter((file) => /(?:^|\/)\.env(?:\.|$)/.test(file) && !file.endsWith('.example'))).toEqual([]);
  });

  it('has no key-like strings in tracked text files', () => {
    const found = trackedFiles
      .filter((file) => TEXT_FILE.test(file) && existsSync(file))
      .flatMap((file) => secretsIn(readFileSync(file, 'utf8')).map((kind) => `${file}: ${kind}`));
    expect(found).toEqual([]);
  });
});

describe('the local CMS backend', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
  const bindsLocally = (text: string) => /BIND_HOST\s*[=:]\s*["']?(?:127\.0\.0\.1|localhost)\b/.test(text);

  it('runs decap-server only bound to 127.0.0.1', () => {
    // decap-server listens on every network interface unless BIND_HOST is set.
    const starters = [
      ...Object.entries(scripts).map(([name, command]) => [`npm script '${name}'`, command] as const),
      ...trackedFiles.filter((file) => file.startsWith('scripts/') && existsSync(file)).map((file) => [file, readFileSync(file, 'utf8')] as const),
    ].filter(([, text]) => /decap-server/.test(text) && !/decap-server\s*["']?\s*:\s*["']?\^?\d/.test(text));
    const exposed = starters.filter(([, text]) => !bindsLocally(text)).map(([where]) => where);
    expect(exposed, 'set BIND_HOST=127.0.0.1 where decap-server starts').toEqual([]);
  });
});
