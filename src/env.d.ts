interface ImportMetaEnv {
  /** Where the separately built Decap CMS bundle is served (src/integrations/admin-app.ts). */
  readonly ADMIN_APP_URL: string;
}
