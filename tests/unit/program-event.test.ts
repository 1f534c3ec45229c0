import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/feeds/json-ld';
import { programEventJsonLd } from '../../src/lib/programs/event';
import { mapSearchUrl } from '../../src/lib/programs/place';
import type { Program } from '../../src/schemas/program';

const site = { url: 'https://nw.workingmom.example', name: '서울특별시 서북권직장맘지원센터' };
const base = {
  title: '자녀 훈육 특강',
  category: '특화 기획강좌',
  start: '2026-12-05T10:00',
  end: '2026-12-05T12:00',
  allDay: false,
  location: { type: 'place', name: '서울혁신파크 미래청', address: '서울특별시 은평구 통일로 684' },
  audience: '직장맘·직장대디',
  fee: 0,
  summary: '아이와 갈등 없이 대화하는 법',
} as Program;

describe('programEventJsonLd', () => {
  it('describes an in-person programme with KST offsets, a place and a free offer', () => {
    const ld = programEventJsonLd({ slug: 'discipline', data: base, status: '모집 중' }, site);
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-05T10:00:00+09:00',
      endDate: '2026-12-05T12:00:00+09:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { streetAddress: '서울특별시 은평구 통일로 684' } },
      offers: { price: 0, priceCurrency: 'KRW', availability: 'https://schema.org/InStock' },
      url: 'https://nw.workingmom.example/programs/discipline/',
    });
  });

  it('marks cancelled online programmes as such', () => {
    const online = { ...base, location: { type: 'online', platform: 'ZOOM' }, allDay: true, start: '2026-12-05', end: '2026-12-06' } as Program;
    const ld = programEventJsonLd({ slug: 'x', data: online, status: '취소' }, site);
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld.startDate).toBe('2026-12-05');
    expect(ld.location).toMatchObject({ '@type': 'VirtualLocation', name: 'ZOOM' });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element early', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('mapSearchUrl', () => {
  it('encodes a Korean address into a plain Kakao Map search link', () => {
    const url = new URL(mapSearchUrl('서울특별시 은평구 통일로 684'));
    expect(url.host).toBe('map.kakao.com');
    expect(url.searchParams.get('q')).toBe('서울특별시 은평구 통일로 684');
  });
});
