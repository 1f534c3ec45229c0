/**
 * The /admin island: registers the centre's widgets, formats, previews and Korean wording, then starts
 * Decap with the config built at build time. Loaded with client:only, so no public page ever bundles it.
 */
import CMS from 'decap-cms-app';
import { ko } from 'decap-cms-locales';
import { useEffect } from 'react';
import type { ReferenceCatalog } from '../lib/newsletter-references';
import type { CmsConfig } from './config';
import { KOREAN_MARKDOWN } from './fields';
import { YAML_LIST_FORMAT } from './collections';
import { yamlListFormat } from './formats';
import { koreanOverrides, mergePhrases } from './locale-ko';
import { registerPreviews, type PreviewSite } from './previews/register';
import KoreanMarkdownControl from './widgets/KoreanMarkdownControl';
import KoreanMarkdownPreview from './widgets/KoreanMarkdownPreview';

let started = false;

export default function CmsApp({ config, site, catalog }: { config: CmsConfig; site: PreviewSite; catalog: ReferenceCatalog }) {
  useEffect(() => {
    if (started) return;
    started = true;
    CMS.registerLocale('ko', mergePhrases(ko, koreanOverrides));
    CMS.registerWidget(KOREAN_MARKDOWN, KoreanMarkdownControl as never, KoreanMarkdownPreview);
    CMS.registerCustomFormat(YAML_LIST_FORMAT, 'yaml', yamlListFormat);
    registerPreviews(CMS, site, catalog);
    CMS.init({ config: config as never });
  }, []);
  return null;
}
