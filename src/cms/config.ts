/**
 * The whole Decap CMS configuration, built from the site settings and category lists at build time and
 * handed to CMS.init({ config }) by the admin page. Pure: no Node or browser APIs.
 */
import type { SiteSettings } from '../schemas/site';
import { cmsDataCollections, cmsFolderCollections, type CategoryNames } from './collections';

export function buildCmsConfig(site: Pick<SiteSettings, 'url' | 'cms'>, categories: CategoryNames) {
  return {
    load_config_file: false,
    locale: 'ko',
    site_url: site.url,
    display_url: site.url,
    // Production: GitHub through the centre's OAuth provider. On localhost, `npm run cms` starts decap-server
    // and Decap uses it instead (local_backend only ever applies on localhost and 127.0.0.1).
    backend: {
      name: 'github',
      repo: site.cms?.repo ?? 'owner/repository',
      branch: site.cms?.branch ?? 'main',
      ...(site.cms?.baseUrl ? { base_url: site.cms.baseUrl } : {}),
      commit_messages: {
        create: '{{collection}} 새 글: {{slug}}',
        update: '{{collection}} 고침: {{slug}}',
        delete: '{{collection}} 삭제: {{slug}}',
        uploadMedia: '이미지 올림: {{path}}',
        deleteMedia: '이미지 삭제: {{path}}',
      },
    },
    local_backend: true,
    // 초안 → 검토 중 → 발행 준비, then 발행. decap-server's plain file mode has no workflow, so
    // `npm run cms` saves straight into content/.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    // Optional fields left empty are not written, so files stay as small as the schemas allow.
    omit_empty_optional_fields: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...cmsFolderCollections(categories), ...cmsDataCollections()],
  };
}
export type CmsConfig = ReturnType<typeof buildCmsConfig>;
