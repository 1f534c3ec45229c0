// The encrypted columns of a counselling request and the names the cipher binds them to (also listed for key
// rotation in src/server/db/encrypted-columns.ts).
import type { FieldCipher } from '../crypto/field-cipher';

export const counsellingFields = {
  situation: 'counselling_request.situation',
  email: 'counselling_request.email',
  phone: 'counselling_request.phone',
  callbackWindow: 'counselling_request.callback_window',
  message: 'counselling_message.body',
  note: 'counselling_note.body',
} as const;

export const encryptOptional = (cipher: FieldCipher, value: string | undefined, field: string) =>
  value === undefined ? null : cipher.encrypt(value, field);

export const decryptOptional = (cipher: FieldCipher, value: string | null, field: string) =>
  value === null ? null : cipher.decrypt(value, field);
