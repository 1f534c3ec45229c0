/** Where a programme happens, in words and as a plain map link (no embedded map: no third-party scripts). */
import type { Program } from '../../schemas/program';

type ProgramLocation = Program['location'];

/** "온라인 (ZOOM)" or "서울혁신파크 미래청 3층 (서울특별시 은평구 통일로 684)". */
export function locationText(location: ProgramLocation): string {
  return location.type === 'online' ? `온라인 (${location.platform})` : `${location.name} (${location.address})`;
}

/** Kakao Map search for an address; opens the app on phones and the web map elsewhere. */
export function mapSearchUrl(address: string): string {
  return `https://map.kakao.com/?q=${encodeURIComponent(address)}`;
}
