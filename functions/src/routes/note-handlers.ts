import type { noteOperations } from '../../../shared/contracts/note-operations';
import type { HandlersFor } from '../http/handler';

export const noteHandlers: HandlersFor<typeof noteOperations> = {
  async getNotes({ caller, input, useCases }) {
    const { value, etag } = await useCases.privateData.note(caller, input.params.id, input.query.meeting);
    return { body: value, etag };
  },
  async putNotes({ caller, input: { params, query, ifMatch, body }, useCases }) {
    const { value, etag } = await useCases.privateData.putNote(caller, params.id, query.meeting, ifMatch, body.text);
    return { body: value, etag };
  },
};
