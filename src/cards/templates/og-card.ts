/** 1200×630 social preview for any page: section, title, description, the centre's name and phone. */
import { box, text } from './elements';
import { CARD_FONT_FAMILY, OG_SIZE, type CardSite } from './theme';

export interface OgCardInput {
  /** Section label above the title, e.g. 카드뉴스; empty for plain pages. */
  section: string;
  title: string;
  description: string;
}

/** Long titles get a smaller size so they still fit in three lines. */
function ogTitleSize(title: string): number {
  if (title.length <= 16) return 72;
  if (title.length <= 30) return 60;
  return 50;
}

export function ogCard(input: OgCardInput, site: CardSite) {
  const { brand } = site;
  return box(
    {
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      boxSizing: 'border-box',
      fontFamily: CARD_FONT_FAMILY,
      wordBreak: 'keep-all',
      backgroundColor: brand.background,
      color: brand.text,
    },
    [
      box({ width: 28, flexShrink: 0, height: '100%', backgroundColor: brand.primary }),
      box({ flexGrow: 1, flexShrink: 1, minWidth: 0, flexDirection: 'column', padding: '60px 72px 52px' }, [
        text({ fontSize: 30, fontWeight: 700, color: brand.accent, marginBottom: 22 }, input.section || site.shortName),
        text(
          { display: 'block', fontSize: ogTitleSize(input.title), fontWeight: 700, lineHeight: 1.3, color: brand.primaryDark, lineClamp: 3 },
          input.title,
        ),
        ...(input.description
          ? [text({ display: 'block', fontSize: 30, lineHeight: 1.5, marginTop: 24, lineClamp: 2 }, input.description)]
          : []),
        box({ flexGrow: 1 }),
        box({ justifyContent: 'space-between', alignItems: 'center', borderTop: `3px solid ${brand.primary}`, paddingTop: 24 }, [
          text({ fontSize: 30, fontWeight: 700, color: brand.primaryDark }, site.name),
          text({ fontSize: 30, fontWeight: 700, color: brand.primaryDark }, `전화 ${site.phone}`),
        ]),
      ]),
    ],
  );
}
