import { selectPrompts, stageFor } from '../discovery/question-bank';
import { DAY_MS, instantToWall, wallToInstant } from '../scheduling/time-zones';
import { isLive, peerOf, stamp } from './relationship-state';
import type { DueReminder, RelationshipFacts, ReminderRule } from './reminder-types';
import { workingCalendarOf, workingMorningBefore, type WorkingCalendar } from './working-calendar';

/**
 * The working day before a planned meeting, from the start of the recipient's working hours: the
 * goal, open commitments both ways (counts and the first of each), the agenda so far, one prompt.
 * It lapses when the meeting's own day begins in the recipient's zone.
 */
export const meetingPrep: ReminderRule = ({ now, facts, timeline, settingsOf }) => {
  const start = timeline.nextMeetingStart;
  if (start === undefined || start <= now || !isLive(facts, now)) return [];
  const out: DueReminder[] = [];
  for (const recipient of facts.relationship.members) {
    const cal = workingCalendarOf(settingsOf(recipient).workingHours);
    const from = workingMorningBefore(cal, start);
    const until = startOfLocalDay(cal, start);
    if (now < from || now >= until) continue;
    out.push({
      recipient,
      kind: 'meetingPrep',
      relationshipId: facts.relationship.id,
      occurrence: `prep-${stamp(start)}`,
      payload: prepPayload(facts, recipient, start),
      target: { page: 'relationship', relationshipId: facts.relationship.id },
      expiresAt: until,
    });
  }
  return out;
};

function startOfLocalDay(cal: WorkingCalendar, instant: number): number {
  const wall = instantToWall(cal.zone, instant);
  return wallToInstant(cal.zone, Math.floor(wall / DAY_MS) * DAY_MS);
}

function prepPayload(facts: RelationshipFacts, recipient: string, start: number): Record<string, string | number> {
  const peer = peerOf(facts, recipient);
  const mine = facts.openCommitments.filter((c) => c.owner === recipient);
  const theirs = facts.openCommitments.filter((c) => c.owner === peer);
  const [prompt] = selectPrompts({
    goal: facts.relationship.goal,
    stage: stageFor(facts.meetingsHeld),
    count: 1,
    seed: `${facts.relationship.id}|${stamp(start)}`,
    recentlySeen: facts.recentPromptIds,
  });
  return {
    meetingStart: new Date(start).toISOString(),
    goal: facts.relationship.goal,
    openMine: mine.length,
    openTheirs: theirs.length,
    firstMine: mine[0]?.text ?? '',
    firstTheirs: theirs[0]?.text ?? '',
    agendaCount: facts.agendaCount,
    prompt: prompt?.text ?? '',
    promptId: prompt?.id ?? '',
  };
}
