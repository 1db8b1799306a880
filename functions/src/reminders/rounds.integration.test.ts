import { actorFromDirectory, createOutbox, createRoundService, SAMPLE_PEOPLE, seedSampleData } from '@koers/app';
import type { Person } from '@koers/domain';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { FakeClock, harness } from './__tests__/dispatchKit';

/** A round's chat messages through the outbox and the dispatcher, against the connector stand-in. */
const cosmos = useEmbeddedCosmos();
let standIn: ConnectorStandIn;
const NOW = '2026-12-01T09:30:00.000Z';
const { fatima, jeroen, linda, sanne, daan } = SAMPLE_PEOPLE;

beforeAll(async () => {
  standIn = await startConnectorStandIn();
  await seedSampleData(cosmos.stores, new Date(NOW));
  for (const person of [jeroen, linda, sanne, daan]) {
    await cosmos.stores.conversationReferences.upsert({ id: person.id, tenantId: person.tenantId, reference: { serviceUrl: standIn.serviceUrl, conversation: { id: `a:rounds-${person.id}` } }, updatedAt: NOW });
  }
});
afterAll(() => standIn.close());

const chatOf = (person: Person) => standIn.deliveries.filter((d) => d.conversationId === `a:rounds-${person.id}`).map((d) => JSON.stringify(d.body));

describe("a round's messages", () => {
  it('give each manager one card counting their members without the exempt, and nothing twice when started again', async () => {
    const clock = new FakeClock(Date.parse(NOW));
    const dispatcher = harness(cosmos, clock).dispatcher({});
    const rounds = createRoundService({ stores: cosmos.stores, outbox: createOutbox({ stores: cosmos.stores, clock, dispatcher }), clock });
    const hr = await actorFromDirectory(cosmos.stores, fatima);
    const { round } = await rounds.create(hr, {
      name: 'Voorjaar 2027',
      period: { from: '2027-02-01', to: '2027-03-31' },
      audience: { kind: 'departments', departments: ['Techniek'] },
      conversationType: 'loopbaangesprek',
      template: { templateId: 'koers-standaard', version: 1 },
      employeesMayStart: true,
      allowSameDay: false,
      nudgeWeeksBeforeEnd: 3,
    });
    await rounds.setExemption(hr, round.id, daan.id, 'proeftijd');
    await rounds.start(hr, round.id, undefined);
    await rounds.start(hr, round.id, undefined);
    await dispatcher.run();

    // Linda leads three members and is one herself: one card to plan, one notice that she may ask.
    const lindas = chatOf(linda).filter((body) => body.includes('Voorjaar 2027'));
    expect(lindas.filter((body) => body.includes('Plan de loopbaangesprekken met je 2 medewerkers vóór 31 maart 2027'))).toHaveLength(1);
    expect(lindas.filter((body) => body.includes('Je kunt zelf om je loopbaangesprek met Jeroen Hendriks vragen'))).toHaveLength(1);
    expect(lindas).toHaveLength(2);
    expect(chatOf(jeroen).filter((body) => body.includes('Plan de loopbaangesprekken met je 3 medewerkers'))).toHaveLength(1);
    expect(chatOf(sanne).filter((body) => body.includes('Je kunt zelf om je loopbaangesprek met Linda de Wit vragen'))).toHaveLength(1);
    expect(chatOf(daan).filter((body) => body.includes('Voorjaar 2027'))).toEqual([]);
  }, 60_000);
});
