/** One parent's part of the plan as all-day calendar events (leaves and deadlines), for an .ics file per parent. */
import type { IcsEvent } from '../feeds/ics';
import type { Parent } from './answers';
import type { Plan } from './plan';
import { deadlineWhen } from './plan-notes';

export function plannerIcsEvents(plan: Plan, parent: Parent, uidHost: string): IcsEvent[] {
  // Stable for the same plan, so importing it again updates its events; the birth date keeps two children's plans apart.
  const uid = (id: string) => `planner-${id}-${plan.birth}@${uidHost}`;
  const segments = plan.segments.filter((segment) => segment.parent === parent);
  return [
    ...segments.map((segment) => ({
      uid: uid(segment.id),
      start: segment.start,
      end: segment.end,
      allDay: true,
      summary: segment.title,
      description: segment.notes.map((note) => (note.unconfirmed ? `${note.text} (확인 필요)` : note.text)).join('\n'),
      categories: ['부모 휴가 계획'],
    })),
    ...plan.deadlines
      .filter((deadline) => deadline.parent === parent)
      .map((deadline) => ({
        uid: uid(deadline.id),
        start: deadline.date,
        end: deadline.date,
        allDay: true,
        summary: `마감: ${deadline.title}`,
        description: `${deadlineWhen(deadline)}${deadline.unconfirmed ? ' (확인 필요)' : ''}`,
        categories: ['부모 휴가 계획'],
      })),
  ];
}
