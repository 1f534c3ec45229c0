interface ImportMetaEnv {
  /** Where the separately built Decap CMS bundle is served (src/integrations/cms-bundle.ts); empty in `astro dev`. */
  readonly ADMIN_APP_URL: string;
}
