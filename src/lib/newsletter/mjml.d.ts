/** MJML ships no types; this is the part the email edition uses (see MjmlCompile in ./newsletter-email). */
declare module 'mjml' {
  const mjml2html: import('./email').MjmlCompile;
  export default mjml2html;
}
