import type { GuidanceService } from './services/guidance-service';
import type { HealthService } from './use-cases/health';
import type { PeopleService } from './services/people-service';
import type { PrivateDataService } from './services/private-data-service';
import type { RelationshipService } from './services/relationship-service';
import type { SchedulingService } from './services/scheduling-service';
import type { SharedItemsService } from './services/shared-items-service';
import type { SlotService } from './services/slot-service';
import type { SuggestionDismissalService } from './services/suggestion-dismissals';
import type { SuggestionService } from './services/suggestion-service';
import type { ReminderUseCases } from './use-cases/reminder-activity';

/** Everything a handler may call: use cases only, never an adapter, the config or an SDK client. */
export interface UseCases {
  people: PeopleService;
  suggestions: SuggestionService;
  suggestionDismissals: SuggestionDismissalService;
  relationships: RelationshipService;
  sharedItems: SharedItemsService;
  privateData: PrivateDataService;
  guidance: GuidanceService;
  slots: SlotService;
  scheduling: SchedulingService;
  health: HealthService;
  /** Reminder preferences, the Activity panel, and the reminders' part of export and erasure. */
  reminders: ReminderUseCases;
}
