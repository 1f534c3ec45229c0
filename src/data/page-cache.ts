/**
 * Pages pass their getStaticPaths results through keyedPaths(), so a page whose props, settings and build
 * day are unchanged is reused by the next build (see src/build/page-cache-key.ts).
 */
import { sharedInputsDigest, withCacheKeys } from '../build/page-cache-key';
import { buildToday } from './site';

export function keyedPaths<T extends { params: object; props?: object }>(paths: readonly T[]) {
  return withCacheKeys(sharedInputsDigest(process.cwd(), buildToday()), paths);
}
