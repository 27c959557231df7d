import type { sharedItemOperations } from '../../../shared/contracts/shared-item-operations';
import { collectionEtag } from '../http/collection-etag';
import type { HandlersFor } from '../http/handler';

const etags = (items: Array<{ etag: string }>) => collectionEtag(items.map((item) => item.etag));

export const sharedItemHandlers: HandlersFor<typeof sharedItemOperations> = {
  async listAgenda({ caller, input, useCases }) {
    const items = await useCases.sharedItems.agenda(caller, input.params.id);
    return { body: { items }, etag: etags(items) };
  },
  async addAgendaItem({ caller, input, useCases }) {
    const item = await useCases.sharedItems.addAgendaItem(caller, input.params.id, input.body.text);
    return { body: item, etag: item.etag };
  },
  async patchAgendaItem({ caller, input: { params, ifMatch, body }, useCases }) {
    const item = await useCases.sharedItems.patchAgendaItem(caller, params.id, params.itemId, ifMatch, body);
    return { body: item, etag: item.etag };
  },
  async deleteAgendaItem({ caller, input: { params, ifMatch }, useCases }) {
    await useCases.sharedItems.deleteAgendaItem(caller, params.id, params.itemId, ifMatch);
    return {};
  },
  async listCommitments({ caller, input, useCases }) {
    const commitments = await useCases.sharedItems.commitments(caller, input.params.id);
    return { body: { commitments }, etag: etags(commitments) };
  },
  async addCommitment({ caller, input, useCases }) {
    const item = await useCases.sharedItems.addCommitment(caller, input.params.id, input.body);
    return { body: item, etag: item.etag };
  },
  async patchCommitment({ caller, input: { params, ifMatch, body }, useCases }) {
    const item = await useCases.sharedItems.patchCommitment(caller, params.id, params.cid, ifMatch, body);
    return { body: item, etag: item.etag };
  },
  async listMeetings({ caller, input, useCases }) {
    const meetings = await useCases.sharedItems.meetings(caller, input.params.id);
    return { body: { meetings }, etag: etags(meetings) };
  },
  async addMeeting({ caller, input, useCases }) {
    const meeting = await useCases.sharedItems.addMeeting(caller, input.params.id, input.body);
    return { body: meeting, etag: meeting.etag };
  },
  async patchMeeting({ caller, input: { params, ifMatch, body }, useCases }) {
    const meeting = await useCases.sharedItems.patchMeeting(caller, params.id, params.mid, ifMatch, body);
    return { body: meeting, etag: meeting.etag };
  },
};
