import type { SlotFinderResult } from './slot-finder-input';
import type { SlotsResponse } from './slots-response';

const iso = (ms: number): string => new Date(ms).toISOString();

/** Engine result (epoch ms) to the `POST /api/slots` body (ISO strings). */
export function toSlotsResponse(result: SlotFinderResult): SlotsResponse {
  const body: SlotsResponse = {
    slots: result.slots.map((s) => ({
      start: iso(s.start),
      end: iso(s.end),
      occurrences: s.occurrences.map((o) => ({ start: iso(o.start), end: iso(o.end) })),
      score: s.score,
      local: s.local,
      reasons: s.reasons,
      reasonFacts: s.reasonFacts,
      tentative: s.tentative,
    })),
  };
  if (result.emptyReason !== undefined) body.emptyReason = result.emptyReason;
  if (result.emptyReasonFact !== undefined) body.emptyReasonFact = result.emptyReasonFact;
  return body;
}
