import { randomUUID } from 'node:crypto';
import { SAMPLE_PEOPLE } from '@koers/app';
import { ConversationResponse, SlotProposalsResponse } from '@koers/domain';
import { useLocalStack } from '../testing/localStack';

const { jeroen, ahmed } = SAMPLE_PEOPLE;
const stack = useLocalStack();

describe('links into the local tab', () => {
  it('point to the port the tab really listens on, not to a fixed localhost:53000', async () => {
    stack.current().app.setTabUrl('http://localhost:54321/');
    const token = await stack.current().tokenFor(jeroen.email);
    const proposals = SlotProposalsResponse.parse(await (await stack.current().api(`/bookings/proposals?employeeId=${ahmed.id}`, { token })).json());
    const slot = proposals.slots[0]!;
    const response = await stack.current().api('/conversations', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() }),
    });
    expect(response.status).toBe(201);
    const booked = ConversationResponse.parse(await response.json());
    expect(booked.conversation.meeting?.joinUrl).toBe(`http://localhost:54321/#/canvas/${booked.conversation.id}`);
  });
});
