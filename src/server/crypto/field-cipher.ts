// AES-256-GCM for personal data at rest. A stored value is `v1:<key id>:<iv>:<ciphertext+tag>` (base64url), so it
// names the key that made it; the field's name is bound in as associated data, so a value cannot be moved to
// another column unnoticed.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionKey } from './secrets';

export interface FieldCipher {
  readonly currentKeyId: string;
  /** `field` names the column, e.g. `counselling_request.situation`. */
  encrypt(plaintext: string, field: string): string;
  decrypt(stored: string, field: string): string;
  keyIdOf(stored: string): string;
}

const VERSION = 'v1';

export function createFieldCipher(keys: EncryptionKey[]): FieldCipher {
  const [current] = keys;
  if (!current) throw new Error('At least one encryption key is needed.');
  const byId = new Map(keys.map((entry) => [entry.id, entry.key]));
  const aad = (keyId: string, field: string) => Buffer.from(`${VERSION}:${keyId}:${field}`);

  const parse = (stored: string) => {
    const [version, keyId, iv, body] = stored.split(':');
    if (version !== VERSION || !keyId || !iv || !body) throw new Error('Not an encrypted field value.');
    return { keyId, iv: Buffer.from(iv, 'base64url'), body: Buffer.from(body, 'base64url') };
  };

  return {
    currentKeyId: current.id,
    encrypt(plaintext, field) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(aad(current.id, field));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [VERSION, current.id, iv.toString('base64url'), body.toString('base64url')].join(':');
    },
    decrypt(stored, field) {
      const { keyId, iv, body } = parse(stored);
      const key = byId.get(keyId);
      if (!key) throw new Error(`Encryption key '${keyId}' is not in DATA_ENCRYPTION_KEYS.`);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(aad(keyId, field));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
    },
    keyIdOf: (stored) => parse(stored).keyId,
  };
}

/** Optional columns: nothing given is stored as null, not as an encrypted empty string. */
export const encryptOptional = (cipher: FieldCipher, value: string | undefined, field: string) =>
  value === undefined ? null : cipher.encrypt(value, field);

export const decryptOptional = (cipher: FieldCipher, value: string | null, field: string) =>
  value === null ? null : cipher.decrypt(value, field);
