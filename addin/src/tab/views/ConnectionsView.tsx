import {
  Body1,
  Caption1,
  Link,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import type { Profile } from '../../../../shared/model/profile';
import { fetchSuggestions } from '../../api/peers-api';
import { fetchRelationships } from '../../api/relationships-api';
import { useApiResource } from '../../api/use-api-resource';
import { ProblemMessage } from '../../features/problems/ProblemMessage';
import { useMessages } from '../../i18n/use-messages';
import { useOutOfTabOrder } from '../../ui/use-out-of-tab-order';
import { departmentConnections } from './department-connections';
import { wholeTicks } from './whole-ticks';

const useStyles = makeStyles({
  chart: { maxWidth: '48rem' },
  gap: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A picture of my cross-team connections: peers per department, with the departments I have none in. */
export default function ConnectionsView({ me }: { me: Profile }) {
  const styles = useStyles();
  const { t, formatLocale } = useMessages();
  const outOfTabOrder = useOutOfTabOrder();
  const { resource, retry } = useApiResource(
    async (signal) => {
      const [relationships, suggestions] = await Promise.all([
        fetchRelationships(signal),
        fetchSuggestions(signal, 50),
      ]);
      return {
        data: departmentConnections({
          myDepartment: me.department,
          relationships: relationships.data.relationships,
          suggestions: suggestions.data.suggestions,
        }),
        etag: null,
      };
    },
    [me.department],
  );

  if (resource.state === 'loading') {
    return (
      <Skeleton aria-label={t('tab.connections.loading')}>
        <SkeletonItem style={{ height: '16rem' }} />
      </Skeleton>
    );
  }
  if (resource.state === 'error') return <ProblemMessage problem={resource.problem} onRetry={retry} />;
  const rows = resource.data;
  if (rows.length === 0) return <Body1>{t('tab.connections.none')}</Body1>;

  const gaps = rows.filter((row) => row.peers === 0);
  const summary =
    gaps.length === 0
      ? t('tab.connections.noGaps')
      : t('tab.connections.gaps', { departments: gaps.map((g) => g.department).join(', ') });
  return (
    <>
      <Body1 id="connections-summary">{summary}</Body1>
      {/* The chart library adds accessible names of its own in English that no prop replaces (the
          chart's "Horizontal bar chart with N bars", "The X axis displays values", each bar group's
          "bar group 1 of N"). The table below holds the same figures in the catalogue's words, so
          the chart is a picture: hidden from assistive tech and out of the Tab order, but still
          answering the mouse with each bar's count (`inert` would drop the hover callouts too). */}
      <figure
        className={styles.chart}
        style={{ margin: 0 }}
        aria-hidden
        ref={outOfTabOrder}
        data-testid="connections-chart"
      >
        <HorizontalBarChartWithAxis
          chartTitle={t('tab.connections.chartTitle')}
          data={rows.map((row) => ({
            x: row.peers,
            y: row.department,
            // The callout writes the count in the bar's colour: text colours keep it readable on
            // the callout's surface in every theme (a background colour fails contrast in dark).
            color: row.peers === 0 ? tokens.colorPaletteRedForeground1 : tokens.colorBrandForeground1,
            xAxisCalloutData: t('tab.connections.peers', { count: row.peers }),
          }))}
          height={Math.max(160, rows.length * 44)}
          margins={{ left: 150 }}
          showYAxisLables
          // Whole people only: ticks at 0, 1, 2… (a step that keeps at most six of them).
          tickValues={wholeTicks(Math.max(...rows.map((r) => r.peers)))}
          hideLegend
          culture={formatLocale}
        />
      </figure>
      <Table aria-label={t('tab.connections.chartTitle')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('tab.connections.department')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.connections.peersHeader')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.connections.suggestedHeader')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.department}>
              <TableCell>{row.department}</TableCell>
              <TableCell>
                {row.peers === 0 ? <span className={styles.gap}>{t('tab.connections.gap')}</span> : row.peers}
              </TableCell>
              <TableCell>
                {row.suggested > 0 ? (
                  <Link href="#suggestions">{t('tab.connections.suggested', { count: row.suggested })}</Link>
                ) : (
                  <Caption1>—</Caption1>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
