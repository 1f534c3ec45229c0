// Where the service's keys come from. Production (DATABASE_URL set) must get them from the environment and refuses
// to start without; the embedded dev default makes them once into a gitignored 0600 file so `npm run preview` works.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export interface ServiceSecrets {
  /** The first key encrypts; every key decrypts. */
  encryptionKeys: EncryptionKey[];
  /** For lookup hashes (an address's HMAC) and for deriving tokens. */
  hmacKey: Buffer;
  /** Better Auth's secret (signs cookies, encrypts TOTP secrets). */
  authSecret: string;
}

export interface SecretsOptions {
  /** Where dev keys are kept when the environment has none. */
  devFile?: string;
  warn?: (message: string) => void;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** `k2026:<base64 of 32 bytes>,k2025:<…>` → keys, newest first. */
export function parseEncryptionKeys(text: string): EncryptionKey[] {
  const keys = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, encoded, ...rest] = entry.split(':');
      if (!id || !encoded || rest.length > 0 || !KEY_ID.test(id))
        throw new Error('DATA_ENCRYPTION_KEYS: write each key as <id>:<base64 of 32 bytes>, ids of letters, digits, - and _.');
      const key = Buffer.from(encoded, 'base64');
      if (key.length !== 32) throw new Error(`DATA_ENCRYPTION_KEYS: key '${id}' is ${key.length} bytes; AES-256 needs 32.`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error('DATA_ENCRYPTION_KEYS is empty.');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new Error('DATA_ENCRYPTION_KEYS has the same id twice.');
  return keys;
}

function parseHmacKey(text: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length < 32) throw new Error('DATA_HMAC_KEY must be the base64 of at least 32 random bytes.');
  return key;
}

/** A fresh set of values for the three variables, as `npm run staff -- new-keys` prints them. */
export function newSecretValues(keyId = `k${new Date().getUTCFullYear()}`): Record<string, string> {
  return {
    DATA_ENCRYPTION_KEYS: `${keyId}:${randomBytes(32).toString('base64')}`,
    DATA_HMAC_KEY: randomBytes(32).toString('base64'),
    BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
  };
}

function devValues(file: string, warn: (message: string) => void): Record<string, string> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const values = newSecretValues('dev');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(values, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  warn(`No DATA_ENCRYPTION_KEYS in the environment: made development keys in ${file}. Never use them in production.`);
  return values;
}

export function loadSecrets(env: NodeJS.ProcessEnv = process.env, options: SecretsOptions = {}): ServiceSecrets {
  const names = ['DATA_ENCRYPTION_KEYS', 'DATA_HMAC_KEY', 'BETTER_AUTH_SECRET'] as const;
  const missing = names.filter((name) => !env[name]);
  let values: Record<string, string | undefined> = env;
  if (missing.length > 0) {
    if (env.DATABASE_URL)
      throw new Error(`DATABASE_URL is set (production) but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not: refusing to start. See src/server/README.md.`);
    values = { ...devValues(options.devFile ?? '.data/dev-secrets.json', options.warn ?? console.warn), ...pick(env, names) };
  }
  const authSecret = values.BETTER_AUTH_SECRET!;
  if (authSecret.length < 32) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters.');
  return {
    encryptionKeys: parseEncryptionKeys(values.DATA_ENCRYPTION_KEYS!),
    hmacKey: parseHmacKey(values.DATA_HMAC_KEY!),
    authSecret,
  };
}

function pick(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => env[name]).map((name) => [name, env[name]!]));
}
