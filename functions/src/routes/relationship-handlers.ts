import type { relationshipOperations } from '../../../shared/contracts/relationship-operations';
import { collectionEtag } from '../http/collection-etag';
import type { HandlersFor } from '../http/handler';

export const relationshipHandlers: HandlersFor<typeof relationshipOperations> = {
  async listRelationships({ caller, useCases }) {
    const relationships = await useCases.relationships.list(caller);
    return { body: { relationships }, etag: collectionEtag(relationships.map((r) => String(r.version) + r.id)) };
  },
  async createRelationship({ caller, input, useCases }) {
    const { value, etag, created } = await useCases.relationships.create(caller, input.body);
    return { status: created ? 201 : 200, body: value, etag };
  },
  async getRelationship({ caller, input, useCases }) {
    const { value, etag } = await useCases.relationships.get(caller, input.params.id);
    return { body: value, etag };
  },
  async patchRelationship({ caller, input, useCases }) {
    const { value, etag } = await useCases.relationships.patch(caller, input.params.id, input.ifMatch, input.body);
    return { body: value, etag };
  },
  async respondToInvitation({ caller, input, useCases }) {
    const { value, etag } = await useCases.relationships.respond(caller, input.params.id, input.body);
    return { body: value, etag };
  },
  async scheduleMeeting({ caller, input, useCases }) {
    const meeting = await useCases.scheduling.schedule(caller, input.params.id, input.body);
    return { status: 201, body: meeting, etag: meeting.etag };
  },
  async rescheduleMeeting({ caller, input, useCases }) {
    const meeting = await useCases.scheduling.reschedule(caller, input.params.id, input.body);
    return { status: 201, body: meeting, etag: meeting.etag };
  },
};
