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
import { useEffect, useRef, useState } from 'react';
import type { Profile } from '../../../shared/model/profile';
import type { Slot } from '../../../shared/scheduling/slots-response';
import { createRelationship, scheduleMeeting } from '../api/relationships-api';
import { ProblemMessage } from '../features/problems/ProblemMessage';
import { useAction } from '../features/problems/use-action';
import { SettingsFields } from '../features/settings/SettingsFields';
import { useSettingsDraft } from '../features/settings/use-settings-draft';
import { SlotsView } from '../features/slots/SlotsView';
import { useSlots } from '../features/slots/use-slots';
import type { FillReport, OfficeMailboxHost } from './appointment-writer';
import { fillFromRelationship } from './fill-from-relationship';
import { FillReportMessage } from './FillReportMessage';
import { outlookHost } from './outlook-host';
import { usePeerChoices, type PeerChoice } from './use-peer-choices';

const useStyles = makeStyles({
  pane: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '36rem', minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
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
  const [created, setCreated] = useState(false);
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
    setCreated(false);
  };

  const search = () =>
    run(async () => {
      const best = await choices.search(query);
      if (best) pick(best);
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
          <Select value={choiceKey} onChange={(_, data) => pick(choices.all.find((c) => c.key === data.value))}>
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
            {choices.found.length > 0 && (
              <optgroup label="Search results">
                {choices.found.map((c) => (
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
      {isNew && <SettingsFields compact value={settings.draft} onChange={settings.change} disabled={busy} />}
      {choice && (
        <div className={styles.actions}>
          <Button
            disabled={busy || (isNew && settings.problem !== undefined)}
            onClick={() =>
              void slots.find({
                peers: [choice.userId],
                cadenceWeeks: isNew ? settings.draft.cadenceWeeks : choice.cadenceWeeks,
              })
            }
          >
            Find times
          </Button>
          {busy && <Spinner size="tiny" label="Working" />}
        </div>
      )}
      <SlotsView
        slots={slots}
        label="Times that suit you both"
        names={choice ? { [me.id]: 'You', [choice.userId]: choice.label } : undefined}
      />
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
