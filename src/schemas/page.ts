import { z } from 'zod';
import { nonEmpty, seoulDate } from './fields';

/** A free page such as the privacy policy: `content/pages/<slug>.md`. */
export const pageSchema = z.strictObject({
  title: nonEmpty('제목'),
  description: nonEmpty('설명'),
  updatedAt: seoulDate(),
});
export type Page = z.infer<typeof pageSchema>;
