// The encrypted columns of a sign-up and the names the cipher binds them to (also listed for key rotation in
// src/server/db/encrypted-columns.ts).
export const signupFields = {
  name: 'program_signup.name',
  email: 'program_signup.email',
  phone: 'program_signup.phone',
  answers: 'program_signup.answers',
} as const;
