/** Slot choice for booking a conversation: pure, deterministic, time-zone and DST aware. */
export { chooseSlots } from './chooseSlots';
export {
  BookingParty,
  BusyInterval,
  NoSlotReason,
  ProposedSlot,
  SearchWindow,
  ShowAs,
  SlotPreferences,
  SlotRequest,
  SoftPenalty,
  StepMinutes,
} from './schema';
export type { SlotChoice, SlotRequestInput } from './schema';
export type { Interval } from './intervals';
export { workingIntervals, freeIntervals, outOfOfficeDays } from './availability';
export {
  type CivilDate,
  type WallClock,
  addDays,
  daysBetween,
  formatDate,
  isoWeekday,
  localDate,
  minutesOf,
  offsetMinutes,
  parseDate,
  startOfLocalDay,
  timeOf,
  wallClock,
  zonedMinutesToEpochMs,
  zonedTimeToUtc,
} from './zonedTime';
export { checkSlot, prepNudgeAt, type SlotCheck } from './checkSlot';
export {
  proposeSeriesSlots,
  SeriesNoSlotReason,
  SeriesProposal,
  SeriesRequest,
  SeriesWindow,
  type SeriesRequestInput,
} from './series';
export { explainSlot, SlotParty, SlotProblem, SlotVerdict } from './explainSlot';
