import type { Database } from '@azure/cosmos';
import type { Stores } from '@koers/domain';
import { createAccessLogStore } from './repositories/accessLog';
import { createCalendarEventStore } from './repositories/calendarEvents';
import { createCanvasStore } from './repositories/canvases';
import { createCatalogueStore } from './repositories/catalogue';
import { createChangeLogStore } from './repositories/changeLog';
import { createConversationReferenceStore } from './repositories/conversationReferences';
import { createConversationStore } from './repositories/conversations';
import { createDirectorySyncStore } from './repositories/directorySync';
import { createOrganisationStore } from './repositories/organisations';
import { createPersonStore } from './repositories/people';
import { createPopStore } from './repositories/pops';
import { createPortfolioStore } from './repositories/portfolio';
import { createPreparationStore } from './repositories/preparations';
import { createRecordIdClaims } from './repositories/recordIds';
import { createReminderStore } from './repositories/reminders';
import { createRoleAssignmentStore } from './repositories/roleAssignments';
import { createRoundStore } from './repositories/rounds';
import { createRoundProgressStore } from './repositories/roundProgress';
import { createTemplateStore } from './repositories/templates';
import { createFunctionLinkStore } from './repositories/functionLinks';
import { createInsightStore, createTalentPoolStore } from './repositories/insight';

/** Every port of @koers/domain backed by one Cosmos database (embedded locally, Azure otherwise). */
export function createCosmosStores(database: Database): Stores {
  const claims = createRecordIdClaims(database);
  return {
    organisations: createOrganisationStore(database),
    people: createPersonStore(database),
    conversations: createConversationStore(database, claims),
    canvases: createCanvasStore(database, claims),
    pops: createPopStore(database, claims),
    reminders: createReminderStore(database),
    conversationReferences: createConversationReferenceStore(database),
    calendarEvents: createCalendarEventStore(database),
    preparations: createPreparationStore(database),
    portfolio: createPortfolioStore(database, claims),
    roleAssignments: createRoleAssignmentStore(database),
    directorySync: createDirectorySyncStore(database),
    catalogue: createCatalogueStore(database),
    accessLog: createAccessLogStore(database),
    rounds: createRoundStore(database),
    roundProgress: createRoundProgressStore(database),
    templates: createTemplateStore(database),
    changeLog: createChangeLogStore(database),
    insight: createInsightStore(database),
    talentPool: createTalentPoolStore(database),
    functionLinks: createFunctionLinkStore(database),
  };
}
