import {
  Badge,
  Body1,
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Input,
  Link,
  Skeleton,
  SkeletonItem,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { goalLabel } from '../../../../shared/discovery/goals';
import { healthLabels, type Health } from '../../../../shared/health/relationship-health';
import type { Profile } from '../../../../shared/model/profile';
import { fetchRelationships, type RelationshipListItem } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { formatDate } from '../../ui/format-date';
import { InvitationsPanel } from './InvitationsPanel';

const healthOrder: Record<Health, number> = { overdue: 0, 'due-soon': 1, 'not-scheduled': 2, 'on-track': 3 };
const healthColor: Record<Health, 'danger' | 'warning' | 'informative' | 'success'> = {
  overdue: 'danger',
  'due-soon': 'warning',
  'not-scheduled': 'informative',
  'on-track': 'success',
};

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  empty: { display: 'grid', gap: tokens.spacingVerticalS, justifyItems: 'start' },
});

const columnsFor = (onOpen: (id: string) => void): TableColumnDefinition<RelationshipListItem>[] => [
  createTableColumn({
    columnId: 'peer',
    compare: (a, b) => a.peer.displayName.localeCompare(b.peer.displayName),
    renderHeaderCell: () => 'Peer',
    // A real link, so keyboard and screen-reader users open the relationship the same way.
    renderCell: (item) => (
      <Link
        as="button"
        onClick={(event) => {
          event.stopPropagation();
          onOpen(item.id);
        }}
      >
        {item.peer.displayName}
      </Link>
    ),
  }),
  createTableColumn({
    columnId: 'team',
    compare: (a, b) => (a.peer.department ?? '').localeCompare(b.peer.department ?? ''),
    renderHeaderCell: () => 'Team',
    renderCell: (item) => [item.peer.department, item.peer.jobTitle].filter(Boolean).join(' · '),
  }),
  createTableColumn({
    columnId: 'goal',
    compare: (a, b) => goalLabel(a.goal).localeCompare(goalLabel(b.goal)),
    renderHeaderCell: () => 'Goal',
    renderCell: (item) => goalLabel(item.goal),
  }),
  createTableColumn({
    columnId: 'cadence',
    compare: (a, b) => a.cadenceWeeks - b.cadenceWeeks,
    renderHeaderCell: () => 'Cadence',
    renderCell: (item) => `Every ${item.cadenceWeeks} weeks`,
  }),
  createTableColumn({
    columnId: 'lastMet',
    compare: (a, b) => (a.lastMetAt ?? '').localeCompare(b.lastMetAt ?? ''),
    renderHeaderCell: () => 'Last met',
    renderCell: (item) => (item.lastMetAt ? formatDate(item.lastMetAt) : 'Not yet'),
  }),
  createTableColumn({
    columnId: 'next',
    compare: (a, b) => (a.nextMeetingAt ?? '\uffff').localeCompare(b.nextMeetingAt ?? '\uffff'),
    renderHeaderCell: () => 'Next meeting',
    renderCell: (item) => (item.nextMeetingAt ? formatDate(item.nextMeetingAt, true) : 'None booked'),
  }),
  createTableColumn({
    columnId: 'health',
    compare: (a, b) => healthOrder[a.health] - healthOrder[b.health],
    renderHeaderCell: () => 'Health',
    renderCell: (item) =>
      item.status === 'active' ? (
        <Badge appearance="tint" color={healthColor[item.health]}>
          {healthLabels[item.health]}
        </Badge>
      ) : (
        <Badge appearance="outline">{statusLabel(item)}</Badge>
      ),
  }),
  createTableColumn({
    columnId: 'commitments',
    compare: (a, b) =>
      a.openCommitments.mine + a.openCommitments.theirs - (b.openCommitments.mine + b.openCommitments.theirs),
    renderHeaderCell: () => 'Open commitments',
    renderCell: (item) => (
      <span aria-label={`${item.openCommitments.mine} mine, ${item.openCommitments.theirs} theirs`}>
        {item.openCommitments.mine} mine · {item.openCommitments.theirs} theirs
      </span>
    ),
  }),
];

function statusLabel(item: RelationshipListItem): string {
  if (item.status === 'invited') return 'Invited';
  if (item.status === 'paused') return item.pausedUntil ? `Paused until ${formatDate(item.pausedUntil)}` : 'Paused';
  return 'Ended';
}

/** Every peer relationship at a glance: overdue first, sortable, filterable. */
export default function MyPeersView({ me, onOpen }: { me: Profile; onOpen: (id: string) => void }) {
  const styles = useStyles();
  const { resource, retry } = useApiResource(fetchRelationships, []);
  const [filter, setFilter] = useState('');
  const columns = useMemo(() => columnsFor(onOpen), [onOpen]);

  const items = useMemo(() => {
    if (resource.state !== 'ready') return [];
    const needle = filter.trim().toLowerCase();
    return resource.data.relationships.filter(
      (r) =>
        !(r.status === 'invited' && r.pendingWith === me.id) &&
        (!needle ||
          [r.peer.displayName, r.peer.department, r.peer.jobTitle, goalLabel(r.goal)]
            .filter(Boolean)
            .some((text) => text!.toLowerCase().includes(needle))),
    );
  }, [resource, filter, me.id]);

  if (resource.state === 'loading') {
    return (
      <Skeleton aria-label="Loading your peers">
        {[0, 1, 2, 3].map((i) => (
          <SkeletonItem key={i} size={32} style={{ marginBottom: 8 }} />
        ))}
      </Skeleton>
    );
  }
  if (resource.state === 'error') return <ProblemMessage problem={resource.problem} onRetry={retry} />;

  // Waiting for my answer: a new invitation, or my own invitation coming back with another cadence.
  const invitations = resource.data.relationships.filter((r) => r.status === 'invited' && r.pendingWith === me.id);
  const total = resource.data.relationships.length - invitations.length;
  return (
    <>
      {invitations.length > 0 && <InvitationsPanel invitations={invitations} onAnswered={retry} />}
      {total === 0 ? (
        <div className={styles.empty}>
          <Body1>You have no peer 1:1s yet. Start with someone on another team you already work with.</Body1>
          <Link href="#suggestions">See suggestions</Link>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <Input
              aria-label="Filter peers"
              placeholder="Filter by name, team or goal"
              contentBefore={<SearchRegular />}
              value={filter}
              onChange={(_, data) => setFilter(data.value)}
            />
            <Button appearance="subtle" onClick={retry}>
              Refresh
            </Button>
          </div>
          <DataGrid
            items={items}
            columns={columns}
            sortable
            defaultSortState={{ sortColumn: 'health' as TableColumnId, sortDirection: 'ascending' }}
            getRowId={(item: RelationshipListItem) => item.id}
            aria-label="My peer 1:1s"
            focusMode="composite"
          >
            <DataGridHeader>
              <DataGridRow>
                {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
              </DataGridRow>
            </DataGridHeader>
            <DataGridBody<RelationshipListItem>>
              {({ item, rowId }) => (
                <DataGridRow<RelationshipListItem>
                  key={rowId}
                  onClick={() => onOpen(item.id)}
                  style={{ cursor: 'pointer' }}
                  data-testid={`peer-row-${item.peer.id}`}
                >
                  {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
                </DataGridRow>
              )}
            </DataGridBody>
          </DataGrid>
          {items.length === 0 && <Body1>No peer matches “{filter}”.</Body1>}
        </>
      )}
    </>
  );
}
