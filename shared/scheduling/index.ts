/** Pure scheduling engine: find recurring 1:1 slots from free/busy and working hours. */
export { findSlots } from './slot-finder';
export {
  slotFinderInputSchema,
  slotPersonSchema,
  busyIntervalSchema,
  busyStatusSchema,
  workingHoursSchema,
  type SlotFinderInput,
  type SlotFinderResult,
  type FoundSlot,
  type SlotPerson,
  type BusyInterval,
  type BusyStatus,
  type WorkingHours,
} from './slot-finder-input';
export {
  slotRequestSchema,
  slotPreferencesSchema,
  granularitySchema,
  dayNameSchema,
  MAX_WINDOW_DAYS,
  type SlotRequest,
  type SlotRequestInput,
  type SlotPreferences,
} from './slot-request';
export {
  slotsResponseSchema,
  slotSchema,
  slotOccurrenceSchema,
  slotLocalTimeSchema,
  type SlotsResponse,
  type Slot,
} from './slots-response';
export { toSlotsResponse } from './to-slots-response';
export { occurrenceStarts, requiredHorizon } from './occurrences';
export { resolveTimeZone, offsetAt, instantToWall, wallToInstant } from './time-zones';
export { mergeIntervals, intersectIntervals, subtractIntervals, type Interval } from './intervals';
export { DAY_NAMES, type DayName } from './working-hours';
export { planMeeting, formatLocations, escapeHtml, type MeetingPlan, type MeetingPlanInput } from './meeting-plan';
export { freeBusyRanges, type Range } from './free-busy-ranges';
