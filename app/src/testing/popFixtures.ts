import { initialGuidance, koerskaart, type AgreementsPdfInput, type AgreementsPdfRenderer, type Canvas, type Conversation, type Person, type PopGoalInput, type Stores } from '@koers/domain';

/** Fixtures for the POP tests (use cases here, routes in functions/). */

/** A goal that reads as SMART on 2026-12-01 (owned by `ownerId`). */
export function smartGoal(id: string, ownerId: string, title = 'Zelfstandig offertes voor zorginstellingen opstellen'): PopGoalInput {
  return {
    id,
    title,
    kind: 'verbreden',
    route: 'meelopen',
    actions: ['Drie keer meelopen bij een offertegesprek'],
    successCriteria: ['In juni 2027 heb ik 2 offertes zelfstandig verstuurd'],
    acceptance: { employee: true, manager: true },
    realism: { checked: true, note: 'Past naast het project, 4 uur per week' },
    deadline: '2027-06-30',
    milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2027-03-01' }],
    ownerId,
  };
}

/**
 * A held conversation between `employee` and `manager`, with a Koerskaart whose "Afspraken"
 * section has one card per text (and a card elsewhere that must not become a goal).
 */
export async function conversationWithAgreements(
  stores: Stores,
  employee: Person,
  manager: Person,
  agreements: (string | { text: string; link: koerskaart.CardLink })[],
  at = '2026-12-01T09:00:00.000Z',
): Promise<Conversation> {
  const conversation: Conversation = {
    id: globalThis.crypto.randomUUID(),
    tenantId: employee.tenantId,
    employeeId: employee.id,
    managerId: manager.id,
    kind: 'loopbaangesprek',
    status: 'gehouden',
    createdAt: at,
    updatedAt: at,
  };
  await stores.conversations.create(conversation);
  let state = koerskaart.emptyCanvas();
  let n = 0;
  const add = (section: koerskaart.SectionId, text: string, link?: koerskaart.CardLink) => {
    const order = koerskaart.orderAt(state, section, Number.MAX_SAFE_INTEGER);
    state = koerskaart.seedCard(state, { cardId: `kaart-${++n}`, section, order, texts: { text }, ...(link ? { link } : {}) }, { userId: employee.id, now: at });
  };
  add('wensen', 'Meer klantcontact');
  for (const agreement of agreements) {
    if (typeof agreement === 'string') add('afspraken', agreement);
    else add('afspraken', agreement.text, agreement.link);
  }
  const canvas: Canvas = {
    id: conversation.id,
    tenantId: employee.tenantId,
    employeeId: employee.id,
    managerId: manager.id,
    guidance: initialGuidance('standaard'),
    state,
    createdAt: at,
    updatedAt: at,
  };
  await stores.canvases.create(canvas);
  return conversation;
}

/** A stand-in renderer: the bytes of its input as JSON, so a test can read back what it was given. */
export const jsonRenderer: AgreementsPdfRenderer = async (input) => new TextEncoder().encode(JSON.stringify(input));

export function renderedInput(bytes: Uint8Array): AgreementsPdfInput {
  return JSON.parse(new TextDecoder().decode(bytes)) as AgreementsPdfInput;
}
