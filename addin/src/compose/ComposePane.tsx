import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Profile } from '../../../shared/model/profile';
import { planMeeting } from '../../../shared/scheduling/meeting-plan';
import type { Slot } from '../../../shared/scheduling/slots-response';
import type { CadenceWeeks } from '../../../shared/discovery/cadence';
import { fetchSuggestions, searchPeople } from '../api/peers-api';
import {
  createRelationship,
  fetchCommitments,
  fetchPrompts,
  fetchRelationship,
  fetchRelationships,
  recordMeeting,
  scheduleMeeting,
} from '../api/relationships-api';
import { findSlots } from '../api/slots-api';
import { useApiResource } from '../api/use-api-resource';
import { useAction } from '../features/problems/use-action';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { SlotPicker } from '../ui/SlotPicker';
import { fillAppointment, type FillReport, type OfficeMailboxHost } from './appointment-writer';
import { outlookHost } from './outlook-host';

const useStyles = makeStyles({
  pane: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '36rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

const DAY_TOKENS = {
  sunday: 'sun',
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
} as const;

interface PeerChoice {
  key: string;
  label: string;
  relationshipId?: string;
  userId: string;
  cadenceWeeks: CadenceWeeks;
}

/** Scheduling where people schedule: pick a peer, pick a time that suits both, fill the appointment. */
export function ComposePane({ me }: { me: Profile }) {
  const styles = useStyles();
  const { busy, problem, run } = useAction();
  const [outlook, setOutlook] = useState<OfficeMailboxHost | null | undefined>();
  const choices = useApiResource(async (signal) => {
    const [relationships, suggestions] = await Promise.all([fetchRelationships(signal), fetchSuggestions(signal, 10)]);
    const fromRelationships: PeerChoice[] = relationships.data.relationships
      .filter((r) => r.status !== 'ended')
      .map((r) => ({
        key: `r:${r.id}`,
        label: r.peer.displayName,
        relationshipId: r.id,
        userId: r.peer.id,
        cadenceWeeks: r.cadenceWeeks,
      }));
    const known = new Set(fromRelationships.map((c) => c.userId));
    const fromSuggestions: PeerChoice[] = suggestions.data.suggestions
      .filter((s) => !known.has(s.user.id))
      .map((s) => ({
        key: `s:${s.user.id}`,
        label: s.user.displayName,
        userId: s.user.id,
        cadenceWeeks: s.cadenceWeeks,
      }));
    return { data: { fromRelationships, fromSuggestions }, etag: null };
  }, []);
  const [choiceKey, setChoiceKey] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PeerChoice[]>([]);
  const [slots, setSlots] = useState<Slot[]>();
  const [emptyReason, setEmptyReason] = useState<string>();
  const [chosen, setChosen] = useState<Slot>();
  const [report, setReport] = useState<FillReport>();
  const [created, setCreated] = useState(false);

  useEffect(() => {
    void outlookHost().then(setOutlook);
  }, []);

  const all = useMemo(
    () =>
      choices.resource.state === 'ready'
        ? [...choices.resource.data.fromRelationships, ...choices.resource.data.fromSuggestions, ...found]
        : [],
    [choices.resource, found],
  );
  const choice = all.find((c) => c.key === choiceKey);

  const pick = (key: string) => {
    setChoiceKey(key);
    setSlots(undefined);
    setChosen(undefined);
    setReport(undefined);
    setCreated(false);
  };

  const search = () =>
    run(async () => {
      const listed = all.filter((c) => !c.key.startsWith('f:'));
      const people = await searchPeople(query.trim());
      // People already listed (a peer, a suggestion) keep their entry; the others are added.
      const results = people
        .filter((p) => !listed.some((c) => c.userId === p.id))
        .map((p) => ({ key: `f:${p.id}`, label: p.displayName, userId: p.id, cadenceWeeks: 4 as const }));
      setFound(results);
      const first = people[0];
      if (first) pick(listed.find((c) => c.userId === first.id)?.key ?? `f:${first.id}`);
    });

  const ensureRelationship = async (c: PeerChoice) =>
    c.relationshipId ??
    (await createRelationship({ peer: c.userId, goal: 'rapport', cadenceWeeks: c.cadenceWeeks })).id;

  const fillInOutlook = (host: OfficeMailboxHost, c: PeerChoice, slot: Slot) =>
    run(async () => {
      const relationshipId = await ensureRelationship(c);
      const [detail, prompts, commitments] = await Promise.all([
        fetchRelationship(relationshipId),
        fetchPrompts(relationshipId, 3),
        fetchCommitments(relationshipId),
      ]);
      const rel = detail.data;
      const plan = planMeeting({
        organizer: { displayName: me.displayName, timeZone: me.timeZone ?? 'UTC' },
        peer: { displayName: rel.peer.displayName },
        start: Date.parse(slot.start),
        end: Date.parse(slot.end),
        cadenceWeeks: rel.cadenceWeeks,
        format: rel.format,
        goal: rel.goal,
        ...(rel.goalNote ? { goalNote: rel.goalNote } : {}),
        prompts: prompts.data.prompts.map((p) => p.text),
        openCommitments: commitments.data.commitments
          .filter((x) => x.status === 'open')
          .map((x) => ({ text: x.text, ownerName: x.owner === me.id ? me.displayName : rel.peer.displayName })),
        link: `${window.location.origin}/tab.html#relationship/${relationshipId}`,
      });
      const result = await fillAppointment(host, {
        start: new Date(slot.start),
        end: new Date(slot.end),
        attendee: { displayName: rel.peer.displayName, emailAddress: rel.peer.mail ?? '' },
        subject: plan.subject,
        agendaHtml: plan.agendaHtml,
        location: plan.location,
        recurrence: {
          intervalWeeks: plan.recurrence.intervalWeeks,
          day: DAY_TOKENS[plan.recurrence.dayOfWeek],
          timeZone: plan.recurrence.timeZone,
          startDate: plan.recurrence.startDate,
          startTime: plan.recurrence.startTime,
          durationMinutes: plan.recurrence.durationMinutes,
        },
      });
      setReport(result);
      // The appointment is saved by Outlook when the organiser sends it; record the plan now.
      await recordMeeting(relationshipId, { start: slot.start, end: slot.end });
    });

  const createHere = (c: PeerChoice, slot: Slot) =>
    run(async () => {
      const relationshipId = await ensureRelationship(c);
      await scheduleMeeting(relationshipId, { start: slot.start, end: slot.end });
      setCreated(true);
    });

  return (
    <div className={styles.pane}>
      <Subtitle1 block as="h1">
        Schedule a peer 1:1
      </Subtitle1>
      {outlook === undefined && <Spinner size="tiny" label="Checking for Outlook" />}
      {outlook === null && (
        <Body1 block>Not inside an Outlook appointment: the meeting is created in both calendars for you.</Body1>
      )}
      {choices.resource.state === 'error' && (
        <ProblemMessage problem={choices.resource.problem} onRetry={choices.retry} />
      )}
      {problem && <ProblemMessage problem={problem} />}
      {choices.resource.state === 'ready' && (
        <Field label="Peer">
          <Select value={choiceKey} onChange={(_, data) => pick(data.value)}>
            <option value="">Choose a peer</option>
            {choices.resource.data.fromRelationships.length > 0 && (
              <optgroup label="Your peer 1:1s">
                {choices.resource.data.fromRelationships.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.resource.data.fromSuggestions.length > 0 && (
              <optgroup label="Suggested people">
                {choices.resource.data.fromSuggestions.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            {found.length > 0 && (
              <optgroup label="Search results">
                {found.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        </Field>
      )}
      {choices.resource.state === 'ready' && (
        <form
          className={styles.search}
          onSubmit={(event) => {
            event.preventDefault();
            if (query.trim()) void search();
          }}
        >
          <Field label="Or find someone by name">
            <Input value={query} maxLength={100} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <Button type="submit" disabled={busy || !query.trim()}>
            Search
          </Button>
        </form>
      )}
      {choice && (
        <div className={styles.actions}>
          <Button
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const answer = await findSlots({ peers: [choice.userId], cadenceWeeks: choice.cadenceWeeks });
                setSlots(answer.slots.slice(0, 3));
                setEmptyReason(answer.emptyReason);
                setChosen(answer.slots[0]);
              })
            }
          >
            Find times
          </Button>
          {busy && <Spinner size="tiny" label="Working" />}
        </div>
      )}
      {slots &&
        (slots.length === 0 ? (
          <Body1 block>{emptyReason ?? 'No time suits both calendars in the next two weeks.'}</Body1>
        ) : (
          <SlotPicker
            slots={slots}
            selected={chosen}
            onSelect={setChosen}
            label="Times that suit you both"
            names={choice ? { [me.id]: 'You', [choice.userId]: choice.label } : {}}
          />
        ))}
      {choice && chosen && outlook && (
        <Button appearance="primary" disabled={busy} onClick={() => void fillInOutlook(outlook, choice, chosen)}>
          Fill in this appointment
        </Button>
      )}
      {choice && chosen && outlook === null && !created && (
        <Button appearance="primary" disabled={busy} onClick={() => void createHere(choice, chosen)}>
          Create the meeting
        </Button>
      )}
      {created && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Meeting created</MessageBarTitle>
            The peer 1:1 series is in both calendars.
          </MessageBarBody>
        </MessageBar>
      )}
      {report && <FillReportMessage report={report} />}
    </div>
  );
}

function FillReportMessage({ report }: { report: FillReport }) {
  const ok = report.failed.length === 0 && report.skipped.length === 0;
  return (
    <MessageBar intent={report.failed.length > 0 ? 'error' : ok ? 'success' : 'warning'}>
      <MessageBarBody>
        <MessageBarTitle>{ok ? 'Appointment filled in' : 'Appointment partly filled in'}</MessageBarTitle>
        {report.skipped.map((s) => (
          <div key={s.field}>
            {s.field}: {s.reason}
          </div>
        ))}
        {report.failed.map((f) => (
          <div key={f.field}>
            {f.field} could not be set: {f.message}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
