import { seedCard } from './apply';
import { orderAt } from './operations';
import { canvasRecord } from './record';
import { JEROEN, NOW, Replica, SANNE } from './test-dsl';

describe('the Koerskaart as the record of a held conversation', () => {
  it('lists what was written per phase and section, in board order, with who wrote each card', () => {
    const sanne = new Replica(SANNE, 's');
    sanne.add('a', 'wensen', 'Meer klantcontact');
    sanne.add('b', 'afspraken', 'Cursus adviesvaardigheden voor 1 maart');
    sanne.state = seedCard(sanne.state, { cardId: 'c', section: 'wensen', order: orderAt(sanne.state, 'wensen', 9), texts: { text: 'Meelopen met sales' } }, { userId: JEROEN, now: NOW });

    expect(canvasRecord(sanne.state, 'standaard')).toEqual([
      {
        phase: 'uitwisseling',
        sections: [
          {
            section: 'wensen',
            cards: [
              { id: 'a', kind: 'note', authorId: SANNE, fields: [{ field: 'text', text: 'Meer klantcontact' }] },
              { id: 'c', kind: 'note', authorId: JEROEN, fields: [{ field: 'text', text: 'Meelopen met sales' }] },
            ],
          },
        ],
      },
      { phase: 'afspraken', sections: [{ section: 'afspraken', cards: [{ id: 'b', kind: 'note', authorId: SANNE, fields: [{ field: 'text', text: 'Cursus adviesvaardigheden voor 1 maart' }] }] }] },
    ]);
  });

  it('leaves out empty and deleted cards, and the quadrants of a kernkwadrant nobody filled in', () => {
    const sanne = new Replica(SANNE, 's');
    sanne.add('leeg', 'opening', '   ');
    sanne.add('weg', 'opening', 'Dit is geschrapt');
    sanne.delete('weg');
    sanne.state = seedCard(sanne.state, { cardId: 'k', kind: 'kernkwadrant', section: 'competentie', order: 'V', texts: { kernkwaliteit: 'Precisie', allergie: 'Slordigheid' } }, { userId: SANNE, now: NOW });

    expect(canvasRecord(sanne.state, 'standaard')).toEqual([
      {
        phase: 'uitwisseling',
        sections: [
          {
            section: 'competentie',
            cards: [{ id: 'k', kind: 'kernkwadrant', authorId: SANNE, fields: [{ field: 'kernkwaliteit', text: 'Precisie' }, { field: 'allergie', text: 'Slordigheid' }] }],
          },
        ],
      },
    ]);
  });

  it('is empty for a canvas nobody wrote on', () => {
    expect(canvasRecord(new Replica(SANNE, 's').state, 'langer-werken')).toEqual([]);
  });
});
