/** How far one Koerskaart grows; without zod, so the tab's board checks them before it loads zod. */

export const MAX_CARDS = 500;
/** Cards including deleted ones: a deletion keeps a small record so late typing stays harmless. */
export const MAX_CARD_RECORDS = 1000;
/** Cosmos DB's item limit is 2 MB; a canvas stops growing here, with room to spare. */
export const MAX_CANVAS_BYTES = 1_500_000;
