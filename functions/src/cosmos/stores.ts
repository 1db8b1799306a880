import type { Database } from '@azure/cosmos';
import type { Stores } from '@koers/domain';
import { createAccessLogStore } from './repositories/accessLog';
import { createCalendarEventStore } from './repositories/calendarEvents';
import { createCanvasStore } from './repositories/canvases';
import { createConversationReferenceStore } from './repositories/conversationReferences';
import { createConversationStore } from './repositories/conversations';
import { createDirectorySyncStore } from './repositories/directorySync';
import { createOrganisationStore } from './repositories/organisations';
import { createPersonStore } from './repositories/people';
import { createPopStore } from './repositories/pops';
import { createPortfolioStore } from './repositories/portfolio';
import { createPreparationStore } from './repositories/preparations';
import { createReminderStore } from './repositories/reminders';
import { createRoleAssignmentStore } from './repositories/roleAssignments';

/** Every port of @koers/domain backed by one Cosmos database (embedded locally, Azure otherwise). */
export function createCosmosStores(database: Database): Stores {
  return {
    organisations: createOrganisationStore(database),
    people: createPersonStore(database),
    conversations: createConversationStore(database),
    canvases: createCanvasStore(database),
    pops: createPopStore(database),
    reminders: createReminderStore(database),
    conversationReferences: createConversationReferenceStore(database),
    calendarEvents: createCalendarEventStore(database),
    preparations: createPreparationStore(database),
    portfolio: createPortfolioStore(database),
    roleAssignments: createRoleAssignmentStore(database),
    directorySync: createDirectorySyncStore(database),
    accessLog: createAccessLogStore(database),
  };
}
