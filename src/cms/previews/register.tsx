/** Preview panes that look like the site: its stylesheets, and one template per content collection. */
import fontsCss from '../../styles/fonts.css?url';
import globalCss from '../../styles/global.css?url';
import type { ReferenceCatalog } from '../../lib/newsletter/references';
import type { SiteSettings } from '../../schemas/site';
import { makeCardNewsPreview } from './CardNewsPreview';
import GuidePreview from './GuidePreview';
import { makeNewsletterPreview } from './NewsletterPreview';
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
  cms.registerPreviewTemplate('cardNews', makeCardNewsPreview(site));
  cms.registerPreviewTemplate('newsletters', makeNewsletterPreview(site, catalog));
  cms.registerPreviewTemplate('guide', GuidePreview);
  cms.registerPreviewTemplate('programs', ProgramPreview);
}
