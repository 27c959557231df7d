import type { Health } from '../../../../shared/health/relationship-health';
import { formatDate, formatDateTime, formatRelative, relativeMeetingTime } from '../../../../shared/time';
import type { RelationshipListItem } from '../../api/relationships-api';
import { goalText, healthText } from '../../i18n/domain-text';
import type { Translator } from '../../i18n/use-messages';

/** Worst first; rows that are not active (invited, paused, ended) come after every active one. */
const healthOrder: Record<Health, number> = { overdue: 0, 'due-soon': 1, 'not-scheduled': 2, 'on-track': 3 };
const statusOrder: Record<RelationshipListItem['status'], number> = { active: 0, invited: 10, paused: 20, ended: 30 };
export const healthRank = (item: RelationshipListItem) =>
  statusOrder[item.status] + (item.status === 'active' ? healthOrder[item.health] : 0);

export const healthColor: Record<Health, 'danger' | 'warning' | 'informative' | 'success'> = {
  overdue: 'danger',
  'due-soon': 'warning',
  'not-scheduled': 'informative',
  'on-track': 'success',
};

/** A calendar date (YYYY-MM-DD) read as that date wherever the user is. */
const calendarDate = (date: string, { timeView }: Translator) =>
  formatDate(`${date}T12:00:00Z`, { ...timeView, zone: 'UTC' });

/** The texts of one row, shared by the table and the narrow card list. */
export function peerRowText(item: RelationshipListItem, tr: Translator, nowMs: number) {
  const { t, timeView } = tr;
  const ended = item.status === 'ended';
  const next = item.nextMeetingAt;
  return {
    team: [item.peer.department, item.peer.jobTitle].filter(Boolean).join(' · '),
    goal: goalText(t, item.goal),
    cadence: t('settings.cadence.every', { weeks: item.cadenceWeeks }),
    lastMet: item.lastMetAt ? formatDate(item.lastMetAt, timeView, nowMs) : t('tab.peers.notYet'),
    // An ended relationship has no next meeting, whatever a stale field says.
    next: ended
      ? t('tab.peers.endedNoNext')
      : next
        ? t('tab.peers.nextAt', {
            when: formatDateTime(next, timeView, nowMs),
            relative: formatRelative(relativeMeetingTime(next, nowMs, timeView.zone), timeView.locale),
          })
        : t('tab.peers.noneBooked'),
    status:
      item.status === 'active'
        ? healthText(t, item.health)
        : item.status === 'invited'
          ? t('tab.peers.invited')
          : item.status === 'paused'
            ? item.pausedUntil
              ? t('tab.peers.pausedUntil', { date: calendarDate(item.pausedUntil, tr) })
              : t('tab.peers.paused')
            : item.answer === 'not-now'
              ? t('tab.peers.notNow')
              : t('tab.peers.ended'),
    commitments: t('tab.peers.commitments', { mine: item.openCommitments.mine, theirs: item.openCommitments.theirs }),
  };
}
