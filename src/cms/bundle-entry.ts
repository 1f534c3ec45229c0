/**
 * Decap CMS with the centre's widgets, formats, previews and Korean wording. The build bundles this module
 * on its own (src/integrations/cms-bundle.ts), cached until a source file changes; the /admin island
 * (CmsApp.tsx) loads it and calls startCms once.
 */
import CMS from 'decap-cms-app';
import { ko } from 'decap-cms-locales';
import type { ReferenceCatalog } from '../lib/newsletter/references';
import type { CmsConfig } from './config';
import { KOREAN_MARKDOWN } from './fields';
import { YAML_LIST_FORMAT } from './collections';
import { yamlListFormat } from './formats';
import { koreanOverrides, mergePhrases } from './locale-ko';
import { registerPreviews, type PreviewSite } from './previews/register';
import KoreanMarkdownControl from './widgets/KoreanMarkdownControl';
import KoreanMarkdownPreview from './widgets/KoreanMarkdownPreview';

export interface CmsStart {
  config: CmsConfig;
  site: PreviewSite;
  catalog: ReferenceCatalog;
}

export function startCms({ config, site, catalog }: CmsStart) {
  CMS.registerLocale('ko', mergePhrases(ko, koreanOverrides));
  CMS.registerWidget(KOREAN_MARKDOWN, KoreanMarkdownControl as never, KoreanMarkdownPreview);
  CMS.registerCustomFormat(YAML_LIST_FORMAT, 'yaml', yamlListFormat);
  registerPreviews(CMS, site, catalog);
  CMS.init({ config: config as never });
}
