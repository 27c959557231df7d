import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Profile } from '../../../shared/model/profile';
import type { Slot } from '../../../shared/scheduling/slots-response';
import { createRelationship, scheduleMeeting } from '../api/relationships-api';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { useAction } from '../features/problems/use-action';
import { SettingsFields } from '../features/settings/SettingsFields';
import { useSettingsDraft } from '../features/settings/use-settings-draft';
import { SlotsView } from '../features/slots/SlotsView';
import { DEFAULT_MEETING_LENGTH, MeetingLengthField, type MeetingLength } from '../features/slots/MeetingLengthField';
import { outsideWorkingHoursRequest, useSlots } from '../features/slots/use-slots';
import { useMessages } from '../i18n/use-messages';
import { formatDateTime, formatTime } from '../../../shared/time';
import type { FillReport, OfficeMailboxHost } from './appointment-writer';
import { fillFromRelationship } from './fill-from-relationship';
import { FillReportMessage } from './FillReportMessage';
import { outlookHost } from './outlook-host';
import { NotPeerList } from './NotPeerList';
import { usePeerChoices, type PeerChoice } from './use-peer-choices';

const useStyles = makeStyles({
  // One column as wide as the pane and no wider: an auto column grows to a child's unwrapped width
  // (a message bar measures itself against it, so it would never switch to its wrapped layout).
  pane: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    maxWidth: '36rem',
    minWidth: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  // A native select is as wide as its longest option (a greyed-out person with the reason): keep it in the pane.
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
});

/** Scheduling where people schedule: pick a peer, pick a time that suits both, fill the appointment. */
export function ComposePane({ me }: { me: Profile }) {
  const styles = useStyles();
  const { busy: working, problem, run } = useAction();
  const [outlook, setOutlook] = useState<OfficeMailboxHost | null | undefined>();
  const choices = usePeerChoices();
  const slots = useSlots();
  // Settings for someone without a peer 1:1 yet: asked here, used when it is created.
  const settings = useSettingsDraft({ cadenceWeeks: 4 });
  const [choiceKey, setChoiceKey] = useState('');
  const [query, setQuery] = useState('');
  const [report, setReport] = useState<FillReport>();
  // What "Create" did: booked at once (an active peer 1:1), or proposed with an invitation (`invitee`).
  const [created, setCreated] = useState<{ start: string; end: string; joinUrl?: string; invitee?: string }>();
  const [length, setLength] = useState<MeetingLength>(DEFAULT_MEETING_LENGTH);
  const { t, timeView } = useMessages();
  const busy = working || slots.busy;

  useEffect(() => {
    void outlookHost().then(setOutlook);
  }, []);

  const choice = choices.all.find((c) => c.key === choiceKey);
  const isNew = choice !== undefined && choice.relationshipId === undefined;
  const chosen = slots.chosen;

  const pick = (next: PeerChoice | undefined) => {
    setChoiceKey(next?.key ?? '');
    if (next) settings.replace({ cadenceWeeks: next.cadenceWeeks, ...(next.goal ? { goal: next.goal } : {}) });
    slots.reset();
    setReport(undefined);
    setCreated(undefined);
    setMatches(undefined);
  };

  // Searching lists the matches; it never selects one (a single match is still the person's choice).
  const [matches, setMatches] = useState<number>();
  const search = () =>
    run(async () => {
      setMatches(await choices.search(query));
    });

  // Created at most once per person, even when a later step fails and the organiser tries again.
  const createdFor = useRef<Record<string, string>>({});
  const ensureRelationship = async (c: PeerChoice) => {
    const existing = c.relationshipId ?? createdFor.current[c.userId];
    if (existing) return existing;
    const { id } = await createRelationship(settings.createBody(c.userId));
    createdFor.current[c.userId] = id;
    return id;
  };

  const fillInOutlook = (host: OfficeMailboxHost, c: PeerChoice, slot: Slot) =>
    run(async () => {
      const relationshipId = await ensureRelationship(c);
      setReport(await fillFromRelationship(host, me, relationshipId, slot));
    });

  // A new peer is invited with the time proposed, booked in both calendars once they accept; an
  // accepted peer 1:1 without a series is booked now.
  const createHere = (c: PeerChoice, slot: Slot) =>
    run(async () => {
      const proposedSlot = { start: slot.start, end: slot.end };
      const existing = c.relationshipId ?? createdFor.current[c.userId];
      if (!existing) {
        const { id } = await createRelationship({ ...settings.createBody(c.userId), proposedSlot });
        createdFor.current[c.userId] = id;
        setCreated({ ...proposedSlot, invitee: c.label });
        return;
      }
      const meeting = await scheduleMeeting(existing, proposedSlot);
      setCreated({ ...proposedSlot, ...(meeting.joinUrl ? { joinUrl: meeting.joinUrl } : {}) });
    });

  return (
    <div className={styles.pane}>
      <Subtitle1 block as="h1">
        {t('compose.title')}
      </Subtitle1>
      {outlook === undefined && <Spinner size="tiny" label={t('compose.checkingOutlook')} />}
      {outlook === null && <Body1 block>{t('compose.notInOutlook')}</Body1>}
      {choices.resource.state === 'error' && (
        <ProblemMessage problem={choices.resource.problem} onRetry={choices.retry} />
      )}
      {problem && <ProblemMessage problem={problem} />}
      {choices.resource.state === 'ready' && (
        <Field label={t('compose.peer')}>
          <Select
            className={styles.select}
            value={choiceKey}
            onChange={(_, data) => pick(choices.all.find((c) => c.key === data.value))}
          >
            <option value="">{t('compose.choose')}</option>
            {choices.resource.data.fromRelationships.length > 0 && (
              <optgroup label={t('compose.group.relationships')}>
                {choices.resource.data.fromRelationships.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.resource.data.fromSuggestions.length > 0 && (
              <optgroup label={t('compose.group.suggestions')}>
                {choices.resource.data.fromSuggestions.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.found.length > 0 && (
              <optgroup label={t('compose.group.found')}>
                {choices.found.map((c) => (
                  <option
                    key={c.key}
                    value={c.key}
                    disabled={c.notPeerReason !== undefined}
                    aria-disabled={c.notPeerReason !== undefined}
                  >
                    {c.notPeerReason ? t('compose.notPeer', { name: c.label, reason: c.notPeerReason }) : c.label}
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
          <Field label={t('compose.searchLabel')}>
            <Input value={query} maxLength={100} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <Button type="submit" disabled={busy || !query.trim()}>
            {t('compose.search')}
          </Button>
        </form>
      )}
      {matches !== undefined && (
        <Body1 block role="status">
          {matches === 0 ? t('compose.noMatch', { query: query.trim() }) : t('compose.matches', { count: matches })}
        </Body1>
      )}
      <NotPeerList people={choices.found} />
      {isNew && <SettingsFields compact value={settings.draft} onChange={settings.change} disabled={busy} />}
      {choice && <MeetingLengthField value={length} onChange={setLength} disabled={busy} />}
      {choice && (
        <div className={styles.actions}>
          <Button
            disabled={busy || (isNew && settings.problem !== undefined)}
            onClick={() => {
              const request = {
                peers: [choice.userId],
                cadenceWeeks: isNew ? settings.draft.cadenceWeeks : choice.cadenceWeeks,
                durationMinutes: length,
              };
              // Hours that never overlap: times outside them, labelled for whom (no dead end).
              void slots.find(choice.hoursApart ? outsideWorkingHoursRequest(request) : request);
            }}
          >
            {t('compose.findTimes')}
          </Button>
          {busy && <Spinner size="tiny" label={t('compose.working')} />}
        </div>
      )}
      <SlotsView
        slots={slots}
        offerOutsideHours
        label={t('compose.slotsLabel')}
        people={[{ id: me.id, label: t('time.you') }, ...(choice ? [{ id: choice.userId, label: choice.label }] : [])]}
      />
      {choice && chosen && outlook && (
        <Button appearance="primary" disabled={busy} onClick={() => void fillInOutlook(outlook, choice, chosen)}>
          {t('compose.fill')}
        </Button>
      )}
      {choice && chosen && outlook === null && !created && (
        <Button appearance="primary" disabled={busy} onClick={() => void createHere(choice, chosen)}>
          {t('compose.create')}
        </Button>
      )}
      {created && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{created.invitee ? t('compose.invited') : t('compose.created')}</MessageBarTitle>
            {created.invitee
              ? t('compose.invitedWhen', {
                  name: created.invitee,
                  start: formatDateTime(created.start, timeView),
                  end: formatTime(created.end, timeView),
                })
              : t('compose.createdWhen', {
                  start: formatDateTime(created.start, timeView),
                  end: formatTime(created.end, timeView),
                })}{' '}
            {created.joinUrl && (
              <Link href={created.joinUrl} target="_blank" rel="noreferrer">
                {t('compose.openEvent')}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && <FillReportMessage report={report} />}
    </div>
  );
}
