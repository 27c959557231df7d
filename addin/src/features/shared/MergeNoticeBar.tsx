import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMessages } from '../../i18n/use-messages';
import { mergeNotices, type MergeNotice } from '../problems/problem-messages';

/** Says what a merged conflict left on screen; a notice, not an error. */
export function MergeNoticeBar({ notice }: { notice: MergeNotice | undefined }) {
  const { t } = useMessages();
  if (!notice) return null;
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>{t(mergeNotices[notice])}</MessageBarBody>
    </MessageBar>
  );
}
