interface ImportMetaEnv {
  /** Where the separately built Decap CMS bundle is served (src/integrations/cms-bundle.ts); empty in `astro dev`. */
  readonly ADMIN_APP_URL: string;
}

declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts on every staff page: the signed-in staff member. */
    staffSession?: import('./server/auth/staff-session').StaffSession;
  }
}
