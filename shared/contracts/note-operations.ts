import { noteQuerySchema, privateNoteSchema, putPrivateNoteSchema } from '../relationships/relationship-schemas';
import { defineOperations } from './operation';
import { relationshipParams } from './path-params';

/** The version tag of a note that does not exist yet: PUT with it creates the note. */
export const NO_NOTE_ETAG = '"0"';

export const noteOperations = defineOperations({
  getNotes: {
    method: 'GET',
    path: 'relationships/{id}/notes',
    summary: 'The caller’s own private notes, for the relationship or one meeting',
    params: relationshipParams,
    query: noteQuerySchema,
    response: privateNoteSchema,
    success: [200],
    etag: true,
    problems: ['invalid-input', 'not-found', 'dependency-unavailable'],
  },
  putNotes: {
    method: 'PUT',
    path: 'relationships/{id}/notes',
    summary: `Saves the caller’s private notes (If-Match ${NO_NOTE_ETAG} creates them)`,
    params: relationshipParams,
    query: noteQuerySchema,
    body: putPrivateNoteSchema,
    response: privateNoteSchema,
    success: [200],
    ifMatch: true,
    etag: true,
    problems: ['invalid-input', 'not-found', 'precondition-required', 'precondition-failed', 'dependency-unavailable'],
  },
});
