import { expect } from 'vitest';
import { ContentErrors } from '../../../src/loaders/content-errors';

/** The message a content load throws; fails the test if the content loads. */
export function errorOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected, but it loaded');
}
