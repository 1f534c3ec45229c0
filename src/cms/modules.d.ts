// Packages the admin bundles that ship no types of their own.
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const ko: Phrases;
}
declare module 'mjml-browser' {
  const mjml2html: (mjml: string, options?: Record<string, unknown>) => { html: string; errors: { formattedMessage: string }[] };
  export default mjml2html;
}
