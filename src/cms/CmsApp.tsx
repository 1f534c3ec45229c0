/**
 * The /admin island (client:only, so no public page ever bundles it). It starts Decap with the config built
 * at build time. The CMS itself is src/cms/bundle-entry.ts: `astro dev` serves it through Vite; a build loads
 * the separately built, cached bundle at `appUrl` (see src/integrations/cms-bundle.ts).
 */
import { useEffect } from 'react';
import type { CmsStart } from './bundle-entry';

let started = false;

function loadAdminApp(appUrl: string): Promise<typeof import('./bundle-entry')> {
  return import.meta.env.DEV ? import('./bundle-entry') : import(/* @vite-ignore */ appUrl);
}

export default function CmsApp({ appUrl, ...start }: CmsStart & { appUrl: string }) {
  useEffect(() => {
    if (started) return;
    started = true;
    loadAdminApp(appUrl).then(
      (app) => app.startCms(start),
      (error: unknown) => {
        document.body.insertAdjacentHTML('afterbegin', '<p role="alert">관리 화면을 불러오지 못했습니다. 새로 고침해 보시고, 계속되면 담당 개발자에게 알려 주세요.</p>');
        console.error(error);
      },
    );
  }, []);
  return null;
}
