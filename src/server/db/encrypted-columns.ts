// Every column holding field-cipher text, with the name the cipher binds it to (`table.column`). Key rotation
// walks this list; a new encrypted column must be added here.
export interface EncryptedTable {
  table: string;
  columns: string[];
}

export const encryptedTables: EncryptedTable[] = [
  { table: 'counselling_request', columns: ['situation', 'email', 'phone', 'callback_window'] },
  { table: 'counselling_message', columns: ['body'] },
  { table: 'counselling_note', columns: ['body'] },
  { table: 'program_signup', columns: ['name', 'email', 'phone', 'answers'] },
  { table: 'newsletter_subscriber', columns: ['email'] },
  { table: 'job', columns: ['payload'] },
];
