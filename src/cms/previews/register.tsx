/** Preview panes that look like the site: its stylesheets, and one template per content collection. */
import fontsCss from '../../styles/fonts.css?url';
import globalCss from '../../styles/global.css?url';
import type { ReferenceCatalog } from '../../lib/newsletter/references';
import type { SiteSettings } from '../../schemas/site';
import { makeCardNewsPreview } from './CardNewsPreview';
import { deferredPreview } from './deferred-preview';
import GuidePreview from './GuidePreview';
import { makeNewsletterPreview } from './NewsletterPreview';
import PagePreview from './PagePreview';
import ProgramPreview from './ProgramPreview';

export type PreviewSite = Pick<SiteSettings, 'name' | 'shortName' | 'url' | 'phone' | 'email' | 'address' | 'addressDetail' | 'hours' | 'brand' | 'newsletter'>;

interface CmsRegistry {
  registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
}

export function registerPreviews(cms: CmsRegistry, site: PreviewSite, catalog: ReferenceCatalog) {
  cms.registerPreviewStyle(fontsCss);
  cms.registerPreviewStyle(globalCss);
  cms.registerPreviewStyle('body { padding: 24px 0; }', { raw: true });
  // Every template renders off the typing path (./deferred-preview), so Korean input is never interrupted.
  cms.registerPreviewTemplate('cardNews', deferredPreview(makeCardNewsPreview(site)));
  cms.registerPreviewTemplate('newsletters', deferredPreview(makeNewsletterPreview(site, catalog)));
  cms.registerPreviewTemplate('guide', deferredPreview(GuidePreview));
  cms.registerPreviewTemplate('programs', deferredPreview(ProgramPreview));
  cms.registerPreviewTemplate('pages', deferredPreview(PagePreview));
}
