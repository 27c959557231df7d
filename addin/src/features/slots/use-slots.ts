import { useCallback, useRef, useState } from 'react';
import type { EmptyReasonFact } from '../../../../shared/scheduling/empty-reason-facts';
import type { SlotRequestInput } from '../../../../shared/scheduling/slot-request';
import type { Slot } from '../../../../shared/scheduling/slots-response';
import { findSlots } from '../../api/slots-api';
import { useAction } from '../problems/use-action';

/** How many candidate times a person is offered: the best few, not a wall of radio buttons. */
export const SLOTS_SHOWN = 3;

export interface SlotAnswer {
  slots: Slot[];
  emptyReason?: string | undefined;
  emptyReasonFact?: EmptyReasonFact | undefined;
}

/**
 * A search that may offer times outside working hours (for people whose hours never overlap), still
 * on weekdays: the answer flags, per person, whose hours each time lies outside.
 */
export function outsideWorkingHoursRequest(request: SlotRequestInput): SlotRequestInput {
  return {
    ...request,
    preferences: {
      avoidDays: ['saturday', 'sunday'],
      ...request.preferences,
      requireWorkingHours: false,
    },
  };
}

/** Finds times that suit both calendars, preselects the best one, and can retry or start over. */
export function useSlots() {
  const [answer, setAnswer] = useState<SlotAnswer>();
  const [chosen, setChosen] = useState<Slot>();
  const { busy, problem, run, clear } = useAction();
  const [outsideWorkingHours, setOutside] = useState(false);
  const last = useRef<SlotRequestInput>(undefined);

  const find = useCallback(
    (request: SlotRequestInput) => {
      last.current = request;
      return run(async () => {
        const found = await findSlots(request);
        setAnswer({
          slots: found.slots.slice(0, SLOTS_SHOWN),
          emptyReason: found.emptyReason,
          emptyReasonFact: found.emptyReasonFact,
        });
        setChosen(found.slots[0]);
        setOutside(request.preferences?.requireWorkingHours === false);
      });
    },
    [run],
  );

  /** The same search again, allowing times outside working hours (hours that never overlap). */
  const findOutsideWorkingHours = useCallback(() => {
    const request = last.current;
    if (!request) return Promise.resolve(false);
    return find(outsideWorkingHoursRequest(request));
  }, [find]);

  const reset = useCallback(() => {
    setOutside(false);
    setAnswer(undefined);
    setChosen(undefined);
    clear();
  }, [clear]);

  return {
    /** Undefined until a search answered. */
    answer,
    chosen,
    choose: setChosen,
    find,
    findOutsideWorkingHours,
    /** The answer's times may lie outside someone's working hours: label them so. */
    outsideWorkingHours,
    retry: () => (last.current ? find(last.current) : Promise.resolve(false)),
    reset,
    busy,
    problem,
  };
}

export type SlotsState = ReturnType<typeof useSlots>;
