import {
  Body1,
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Input,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
  type TableColumnId,
} from '@fluentui/react-components';
import { PeopleAddRegular, SearchRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Profile } from '../../../../shared/model/profile';
import { fetchRelationships, type RelationshipListItem } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { goalText } from '../../i18n/domain-text';
import { useMessages } from '../../i18n/use-messages';
import { InvitationsPanel } from './InvitationsPanel';
import { peerColumns } from './peer-columns';
import { healthRank } from './peer-row-text';
import { PeerCards } from './PeerCards';
import { useNarrow } from './use-narrow';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  filter: { minWidth: 'min(22rem, 100%)', flexGrow: 1, maxWidth: '28rem' },
  empty: { display: 'grid', gap: tokens.spacingVerticalS, justifyItems: 'start' },
  grid: { minWidth: 0, overflowWrap: 'anywhere' },
});

/** Every peer relationship at a glance: overdue first, sortable, filterable. */
export default function MyPeersView({
  me,
  onOpen,
  onFindPeers,
}: {
  me: Profile;
  onOpen: (id: string) => void;
  onFindPeers: () => void;
}) {
  const styles = useStyles();
  const tr = useMessages();
  const { t } = tr;
  const narrow = useNarrow(700);
  // One "now" per render of the list, so every row reads relative days from the same instant.
  const nowMs = useMemo(() => Date.now(), []);
  const { resource, retry } = useApiResource(fetchRelationships, []);
  const [filter, setFilter] = useState('');
  const columns = useMemo(() => peerColumns(onOpen, tr, nowMs), [onOpen, tr, nowMs]);

  const items = useMemo(() => {
    if (resource.state !== 'ready') return [];
    const needle = filter.trim().toLowerCase();
    return resource.data.relationships.filter(
      (r) =>
        !(r.status === 'invited' && r.pendingWith === me.id) &&
        (!needle ||
          [r.peer.displayName, r.peer.department, r.peer.jobTitle, goalText(t, r.goal)]
            .filter(Boolean)
            .some((text) => text!.toLowerCase().includes(needle))),
    );
  }, [resource, filter, me.id, t]);

  const sorted = useMemo(() => [...items].sort((a, b) => healthRank(a) - healthRank(b)), [items]);

  if (resource.state === 'loading') {
    return (
      <Skeleton aria-label={t('tab.peers.loading')}>
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
          <Body1>{t('tab.peers.empty')}</Body1>
          <Button appearance="primary" icon={<PeopleAddRegular />} onClick={onFindPeers}>
            {t('tab.peers.findPeer')}
          </Button>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <Input
              aria-label={t('tab.peers.filterLabel')}
              placeholder={t('tab.peers.filterPlaceholder')}
              className={styles.filter}
              contentBefore={<SearchRegular />}
              value={filter}
              onChange={(_, data) => setFilter(data.value)}
            />
            <Button appearance="subtle" onClick={retry}>
              {t('tab.peers.refresh')}
            </Button>
          </div>
          {narrow ? (
            <PeerCards items={sorted} nowMs={nowMs} onOpen={onOpen} label={t('tab.peers.tableLabel')} />
          ) : (
            <DataGrid
              className={styles.grid}
              items={items}
              columns={columns}
              sortable
              defaultSortState={{ sortColumn: 'health' as TableColumnId, sortDirection: 'ascending' }}
              getRowId={(item: RelationshipListItem) => item.id}
              aria-label={t('tab.peers.tableLabel')}
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
          )}
          {items.length === 0 && <Body1>{t('tab.peers.noMatch', { filter })}</Body1>}
        </>
      )}
    </>
  );
}
