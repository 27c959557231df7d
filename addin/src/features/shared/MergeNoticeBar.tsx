import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { mergeNotices, type MergeNotice } from '../problems/problem-messages';

/** Says what a merged conflict left on screen; a notice, not an error. */
export function MergeNoticeBar({ notice }: { notice: MergeNotice | undefined }) {
  if (!notice) return null;
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>{mergeNotices[notice]}</MessageBarBody>
    </MessageBar>
  );
}
