/**
 * A programme as machines read it: an iCalendar VEVENT and a schema.org Event.
 * Both take absolute URLs, so they work in feeds and in search-engine results alike.
 */
import { absoluteUrl, programPath } from '../urls';
import type { Program } from '../../schemas/program';
import type { IcsEvent } from '../feeds/ics';
import { locationText } from './place';
import type { ProgramStatus } from './status';
import { toIsoSeoul } from '../dates/seoul-time';

export interface ProgramRef {
  /** The file name without .md; also the URL segment. */
  slug: string;
  data: Program;
  status: ProgramStatus;
}

/** The programme page's absolute address. */
export const programUrl = (slug: string, siteUrl: string) => absoluteUrl(programPath(slug), siteUrl);

/** The category, and the series when it differs (런치노동법 is both). */
export const programTags = (data: Program) => [...new Set([data.category, ...(data.series ? [data.series] : [])])];

/** `<slug>@<host>`: stable as long as the file keeps its name, so subscribers' apps update events in place. */
const programUid = (slug: string, siteUrl: string) => `${slug}@${new URL(siteUrl).host}`;

export function programIcsEvent({ slug, data, status }: ProgramRef, siteUrl: string): IcsEvent {
  const url = programUrl(slug, siteUrl);
  const registration = data.registration?.url ? `\n신청: ${data.registration.url}` : '';
  return {
    uid: programUid(slug, siteUrl),
    start: data.start,
    end: data.end,
    allDay: data.allDay,
    summary: status === '취소' ? `[취소] ${data.title}` : data.title,
    description: `${data.summary}\n대상: ${data.audience}${registration}\n자세히: ${url}`,
    location: locationText(data.location),
    url,
    categories: programTags(data),
    cancelled: status === '취소',
  };
}

const offerAvailability: Partial<Record<ProgramStatus, string>> = {
  '모집 예정': 'https://schema.org/PreOrder',
  '모집 중': 'https://schema.org/InStock',
  '마감': 'https://schema.org/SoldOut',
};

export function programEventJsonLd(
  { slug, data, status }: ProgramRef,
  site: { url: string; name: string },
  imageUrl?: string,
): Record<string, unknown> {
  const url = programUrl(slug, site.url);
  const location =
    data.location.type === 'online'
      ? { '@type': 'VirtualLocation', name: data.location.platform, url: data.registration?.url ?? url }
      : {
          '@type': 'Place',
          name: data.location.name,
          address: { '@type': 'PostalAddress', streetAddress: data.location.address, addressCountry: 'KR' },
        };
  const availability = offerAvailability[status];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url,
    startDate: toIsoSeoul(data.allDay ? data.start.slice(0, 10) : data.start),
    endDate: toIsoSeoul(data.allDay ? data.end.slice(0, 10) : data.end),
    eventStatus: status === '취소' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      data.location.type === 'online' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: { '@type': 'Organization', name: site.name, url: site.url },
    audience: { '@type': 'Audience', audienceType: data.audience },
    ...(data.capacity ? { maximumAttendeeCapacity: data.capacity } : {}),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    offers: {
      '@type': 'Offer',
      price: data.fee,
      priceCurrency: 'KRW',
      url: data.registration?.url ?? url,
      ...(availability ? { availability } : {}),
      ...(data.registration?.opensAt ? { validFrom: toIsoSeoul(data.registration.opensAt) } : {}),
    },
  };
}
