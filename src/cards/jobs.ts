/**
 * The list of images to draw: one job per card of every published issue, one per page's OG image.
 * Jobs are plain data so they can be hashed for the cache and posted to worker threads.
 */
import type { CardContext } from './templates/frame';
import type { CardSite } from './templates/theme';
import type { OgCardInput } from './templates/og-card';
import type { CardNews, Slide } from '../schemas/card-news';
import type { Correction } from '../schemas/corrections';
import { correctionBandText } from '../lib/publications/corrections';
import { ogImagePath, slideImagePath } from '../lib/urls';

export interface SlideJob {
  kind: 'slide';
  /** Issue file, for error messages. */
  file: string;
  slug: string;
  slide: Slide;
  context: CardContext;
  /** Site URL path of the PNG. */
  url: string;
}

export interface OgJob {
  kind: 'og';
  input: OgCardInput;
  site: CardSite;
  url: string;
}

export type ImageJob = SlideJob | OgJob;

export interface IssueSource {
  slug: string;
  file: string;
  data: Pick<CardNews, 'title' | 'category' | 'date' | 'slides' | 'draft'> & { corrections?: readonly Pick<Correction, 'date'>[] };
}

/** Every card of every issue that is not a draft. A corrected issue's cards carry the correction band. */
export function slideJobsFor(issues: readonly IssueSource[], site: CardSite): SlideJob[] {
  return issues
    .filter((issue) => !issue.data.draft)
    .flatMap((issue) => {
      const correction = correctionBandText(issue.data.corrections);
      return issue.data.slides.map((slide, index) => ({
        kind: 'slide' as const,
        file: issue.file,
        slug: issue.slug,
        slide,
        context: {
          site,
          issue: { title: issue.data.title, category: issue.data.category, date: issue.data.date },
          number: index + 1,
          total: issue.data.slides.length,
          ...(correction ? { correction } : {}),
        },
        url: slideImagePath(issue.slug, index + 1),
      }));
    });
}

export function ogJobFor(pagePath: string, input: OgCardInput, site: CardSite): OgJob {
  return { kind: 'og', input, site, url: ogImagePath(pagePath) };
}

/** What decides an image's pixels (not where it is stored or which file it came from). */
export function jobPixelInputs(job: ImageJob): unknown {
  return job.kind === 'slide' ? { kind: job.kind, slide: job.slide, context: job.context } : { kind: job.kind, input: job.input, site: job.site };
}
