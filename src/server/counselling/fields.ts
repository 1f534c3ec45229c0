// The encrypted columns of a counselling request and the names the cipher binds them to (also listed for key
// rotation in src/server/db/encrypted-columns.ts).
export const counsellingFields = {
  situation: 'counselling_request.situation',
  email: 'counselling_request.email',
  phone: 'counselling_request.phone',
  callbackWindow: 'counselling_request.callback_window',
  message: 'counselling_message.body',
  note: 'counselling_note.body',
} as const;
