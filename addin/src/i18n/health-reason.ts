import type { Health } from '../../../shared/health/relationship-health';
import { formatRelative, relativeDay, relativeMeetingTime, type TimeView } from '../../../shared/time';
import type { MessageId } from './messages.en-US';

/** The part of the page's translator the line needs (useMessages() is one). */
export interface HealthWording {
  t(id: MessageId, values?: Record<string, string | number>): string;
  timeView: TimeView;
}

interface HealthFacts {
  health: Health;
  cadenceWeeks: number;
  lastMetAt?: string | undefined;
  nextMeetingAt?: string | undefined;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The line beside the health badge, in the page's language, from the relationship's own dates
 * (the API's `healthReason` is English for logs and exports; pages word it themselves).
 */
export function healthReasonText({ t, timeView }: HealthWording, facts: HealthFacts, nowMs: number): string {
  const cadence = t('settings.cadence.every', { weeks: facts.cadenceWeeks });
  const next = facts.nextMeetingAt && Date.parse(facts.nextMeetingAt) >= nowMs ? facts.nextMeetingAt : undefined;
  const nextIn = next ? formatRelative(relativeMeetingTime(next, nowMs, timeView.zone), timeView.locale) : undefined;
  if (!facts.lastMetAt) return nextIn ? t('health.reason.first', { when: nextIn }) : t('health.reason.notBooked');
  const due = Date.parse(facts.lastMetAt) + facts.cadenceWeeks * WEEK_MS;
  const dueIn = formatRelative(relativeDay(due, nowMs, timeView.zone), timeView.locale);
  const lastMet = formatRelative(relativeDay(facts.lastMetAt, nowMs, timeView.zone), timeView.locale);
  if (facts.health === 'on-track' && nextIn) return t('health.reason.next', { when: nextIn, cadence });
  const booked = nextIn ? t('health.reason.bookedLater', { when: nextIn }) : t('health.reason.nothingBooked');
  return t(facts.health === 'overdue' ? 'health.reason.overdue' : 'health.reason.due', {
    due: dueIn,
    cadence,
    lastMet,
    booked,
  });
}
