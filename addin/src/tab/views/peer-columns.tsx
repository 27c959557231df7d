import { Badge, Link, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import type { RelationshipListItem } from '../../api/relationships-api';
import type { Translator } from '../../i18n/use-messages';
import { healthColor, healthRank, peerRowText } from './peer-row-text';

/** The peer table's columns; every text comes from peerRowText, the same as the narrow cards. */
export const peerColumns = (
  onOpen: (id: string) => void,
  tr: Translator,
  nowMs: number,
): TableColumnDefinition<RelationshipListItem>[] => {
  const { t } = tr;
  const text = (item: RelationshipListItem) => peerRowText(item, tr, nowMs);
  return [
    createTableColumn({
      columnId: 'peer',
      compare: (a, b) => a.peer.displayName.localeCompare(b.peer.displayName),
      renderHeaderCell: () => t('tab.peers.col.peer'),
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
      renderHeaderCell: () => t('tab.peers.col.team'),
      renderCell: (item) => text(item).team,
    }),
    createTableColumn({
      columnId: 'goal',
      compare: (a, b) => text(a).goal.localeCompare(text(b).goal),
      renderHeaderCell: () => t('tab.peers.col.goal'),
      renderCell: (item) => text(item).goal,
    }),
    createTableColumn({
      columnId: 'cadence',
      compare: (a, b) => a.cadenceWeeks - b.cadenceWeeks,
      renderHeaderCell: () => t('tab.peers.col.cadence'),
      renderCell: (item) => text(item).cadence,
    }),
    createTableColumn({
      columnId: 'lastMet',
      compare: (a, b) => (a.lastMetAt ?? '').localeCompare(b.lastMetAt ?? ''),
      renderHeaderCell: () => t('tab.peers.col.lastMet'),
      renderCell: (item) => text(item).lastMet,
    }),
    createTableColumn({
      columnId: 'next',
      compare: (a, b) => (a.nextMeetingAt ?? '\uffff').localeCompare(b.nextMeetingAt ?? '\uffff'),
      renderHeaderCell: () => t('tab.peers.col.next'),
      renderCell: (item) => text(item).next,
    }),
    createTableColumn({
      columnId: 'health',
      compare: (a, b) => healthRank(a) - healthRank(b),
      renderHeaderCell: () => t('tab.peers.col.health'),
      renderCell: (item) =>
        item.status === 'active' ? (
          <Badge appearance="tint" color={healthColor[item.health]}>
            {text(item).status}
          </Badge>
        ) : (
          <Badge appearance="outline">{text(item).status}</Badge>
        ),
    }),
    createTableColumn({
      columnId: 'commitments',
      compare: (a, b) =>
        a.openCommitments.mine + a.openCommitments.theirs - (b.openCommitments.mine + b.openCommitments.theirs),
      renderHeaderCell: () => t('tab.peers.col.commitments'),
      renderCell: (item) => (
        <span aria-label={t('tab.peers.commitmentsLabel', item.openCommitments)}>{text(item).commitments}</span>
      ),
    }),
  ];
};
