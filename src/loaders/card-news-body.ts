/**
 * A card-news issue's cards come from its Markdown body (src/cards/issue-text.ts). A card that cannot be drawn
 * stops the build with one line per problem, naming the file and the card as staff typed it.
 */
import { describeCard, parseIssueText } from '../cards/issue-text';
import type { CardNews } from '../schemas/card-news';
import { ContentError } from './content-errors';

export function cardNewsFromBody(frontMatter: Omit<CardNews, 'slides'>, body: string, file: string): CardNews {
  const { slides, problems } = parseIssueText(body);
  if (problems.length) throw new ContentError(file, problems.map((problem) => `'${describeCard(body, problem.card)}' 필드: ${problem.message}`));
  return { ...frontMatter, slides };
}
