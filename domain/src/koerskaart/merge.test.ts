import { applyOperation, emptyCanvas, mergeCanvas } from './merge';
import { fieldText, isDeleted } from './view';
import { fromCommonStart, json, JEROEN, merged, Replica, SANNE } from './test-dsl';

describe('merging two people’s edits of the Koerskaart', () => {
  it('keeps edits to different cards side by side, without a conflict', () => {
    const { sanne, jeroen } = fromCommonStart((s) => {
      s.add('c1', 'wensen', 'Meer klantcontact');
      s.add('c2', 'noden', 'Iemand voor de planning');
    });
    sanne.edit('c1', 'Meer klantcontact, ook op locatie');
    jeroen.edit('c2', 'Iemand voor de werkvoorbereiding');
    expect(merged(sanne, jeroen)).toEqual([
      'c1 @wensen: "Meer klantcontact, ook op locatie"',
      'c2 @noden: "Iemand voor de werkvoorbereiding"',
    ]);
  });

  it('keeps both quadrants when two people fill different fields of one kernkwadrant at once', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.addKernkwadrant('k1', { kernkwaliteit: 'Zorgvuldig' }));
    sanne.edit('k1', 'Perfectionisme', { field: 'valkuil' });
    jeroen.edit('k1', 'Flexibiliteit', { field: 'uitdaging' });
    expect(merged(sanne, jeroen)).toEqual([
      'k1 @competentie: kernkwaliteit="Zorgvuldig" valkuil="Perfectionisme" uitdaging="Flexibiliteit" allergie=""',
    ]);
  });

  it('keeps both a move and a text edit of the same card', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'Opleiding planning'));
    sanne.move('c1', 'mogelijkheden');
    jeroen.edit('c1', 'Opleiding werkvoorbereiding');
    expect(merged(sanne, jeroen)).toEqual(['c1 @mogelijkheden: "Opleiding werkvoorbereiding"']);
  });

  it('keeps both texts as a conflict when two people edit the same field at once', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'Cursus'));
    sanne.edit('c1', 'Cursus werkvoorbereiding voor 1 juli');
    jeroen.edit('c1', 'Meelopen met de planner');
    expect(merged(sanne, jeroen)).toEqual(['c1 @afspraken: "Cursus werkvoorbereiding voor 1 juli" | "Meelopen met de planner"']);
    const card = mergeCanvas(sanne.state, jeroen.state).cards.c1!;
    expect(fieldText(card).conflict?.alternatives.map((a) => a.updatedBy).sort()).toEqual([JEROEN, SANNE].sort());
  });

  it('keeps the conflict even when one side typed more often than the other', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'C'));
    sanne.edit('c1', 'Cu');
    sanne.edit('c1', 'Cur');
    sanne.edit('c1', 'Curs');
    jeroen.edit('c1', 'Meelopen');
    expect(merged(sanne, jeroen)).toEqual(['c1 @afspraken: "Curs" | "Meelopen"']);
  });

  it('lets a later edit replace the text without a conflict once the editor has seen it', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'opening', 'Goed'));
    sanne.edit('c1', 'Goed, wel druk');
    jeroen.receive(sanne.sent);
    jeroen.edit('c1', 'Goed, wel druk door de planning');
    expect(merged(sanne, jeroen)).toEqual(['c1 @opening: "Goed, wel druk door de planning"']);
  });

  it('clears the conflict when someone resolves it, superseding both alternatives', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'Cursus'));
    sanne.edit('c1', 'Cursus in juni');
    jeroen.edit('c1', 'Meelopen');
    jeroen.sync(sanne);
    jeroen.resolve('c1', 'Cursus in juni, daarna meelopen');
    expect(merged(sanne, jeroen)).toEqual(['c1 @afspraken: "Cursus in juni, daarna meelopen"']);
  });

  it('keeps an alternative someone continued typing while the other resolved', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'afspraken', 'Cursus'));
    sanne.edit('c1', 'Cursus in juni');
    jeroen.edit('c1', 'Meelopen');
    sanne.sync(jeroen);
    jeroen.sync(sanne);
    jeroen.resolve('c1', 'Cursus, daarna meelopen');
    sanne.edit('c1', 'Cursus in juni bij de ROC');
    expect(merged(sanne, jeroen)).toEqual(['c1 @afspraken: "Cursus in juni bij de ROC" | "Cursus, daarna meelopen"']);
  });

  it('lets each side continue its own alternative during a conflict without touching the other', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', ''));
    sanne.edit('c1', 'Leiding');
    jeroen.edit('c1', 'Planning');
    sanne.sync(jeroen);
    jeroen.sync(sanne);
    sanne.edit('c1', 'Leidinggeven');
    jeroen.edit('c1', 'Planning maken');
    expect(merged(sanne, jeroen)).toEqual(['c1 @wensen: "Leidinggeven" | "Planning maken"']);
  });

  it('leaves the other alternative standing when one side continues typing in its own', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', ''));
    sanne.edit('c1', 'Leiding');
    jeroen.edit('c1', 'Planning');
    sanne.sync(jeroen);
    sanne.edit('c1', 'Leidinggeven aan twee monteurs');
    expect(merged(sanne, jeroen)).toEqual(['c1 @wensen: "Leidinggeven aan twee monteurs" | "Planning"']);
  });

  it('brings a card back with the text when someone edited it while the other deleted it', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'noden', 'Digitale vaardigheden'));
    sanne.delete('c1');
    jeroen.edit('c1', 'Digitale vaardigheden: BIM');
    expect(merged(sanne, jeroen)).toEqual(['c1 @noden: "Digitale vaardigheden: BIM"']);
  });

  it('deletes a card for good when the deleter had seen every edit', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'noden', 'Digitale vaardigheden'));
    jeroen.edit('c1', 'Digitale vaardigheden: BIM');
    sanne.receive(jeroen.sent);
    sanne.delete('c1');
    expect(merged(sanne, jeroen)).toEqual(['c1 @noden: "Digitale vaardigheden: BIM" †']);
  });

  it('keeps a card deleted when someone moved it at the same time', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'Remotie'));
    sanne.delete('c1');
    jeroen.move('c1', 'mogelijkheden');
    expect(merged(sanne, jeroen)).toEqual(['c1 @mogelijkheden: "Remotie" †']);
  });

  it('settles concurrent moves of one card on the same place on both sides', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'Jobcrafting'));
    sanne.move('c1', 'mogelijkheden');
    jeroen.move('c1', 'afspraken');
    const result = merged(sanne, jeroen);
    expect(result).toHaveLength(1);
    expect(['c1 @mogelijkheden: "Jobcrafting"', 'c1 @afspraken: "Jobcrafting"']).toContain(result[0]);
  });

  it('orders cards added at the same spot at once by id, the same on both sides', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('a', 'wensen', 'eerste'));
    jeroen.add('z-jeroen', 'wensen', 'van Jeroen');
    sanne.add('m-sanne', 'wensen', 'van Sanne');
    expect(merged(sanne, jeroen)).toEqual([
      'a @wensen: "eerste"',
      'm-sanne @wensen: "van Sanne"',
      'z-jeroen @wensen: "van Jeroen"',
    ]);
  });

  it('orders cards by section in conversation order, then by their order key', () => {
    const { sanne, jeroen } = fromCommonStart((s) => {
      s.add('x', 'afspraken', 'afspraak');
      s.add('y', 'opening', 'opening');
    });
    jeroen.add('w', 'opening', 'tweede opening');
    sanne.move('x', 'opening', 0);
    expect(merged(sanne, jeroen)).toEqual(['x @opening: "afspraak"', 'y @opening: "opening"', 'w @opening: "tweede opening"']);
  });

  it('merges three replicas the same way whichever pair meets first', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'start'));
    const stage = new Replica(SANNE, 'sanne-stage', sanne.state);
    sanne.edit('c1', 'van de tab');
    jeroen.move('c1', 'noden');
    stage.edit('c1', 'van het stage');
    stage.add('c2', 'noden', 'nieuw');
    const left = mergeCanvas(mergeCanvas(sanne.state, jeroen.state), stage.state);
    const right = mergeCanvas(sanne.state, mergeCanvas(jeroen.state, stage.state));
    const middle = mergeCanvas(mergeCanvas(stage.state, sanne.state), jeroen.state);
    expect(json(right)).toBe(json(left));
    expect(json(middle)).toBe(json(left));
    expect(fieldText(left.cards.c1!).conflict?.alternatives.map((a) => a.value).sort()).toEqual(['van de tab', 'van het stage']);
  });
});

describe('delivering operations', () => {
  it('changes nothing when an operation arrives a second time', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'Meer zeggenschap'));
    const op = sanne.edit('c1', 'Meer zeggenschap over de planning');
    jeroen.receive([op]);
    const once = jeroen.state;
    expect(applyOperation(once, op)).toBe(once);
    expect(jeroen.state.cards.c1 && fieldText(jeroen.state.cards.c1).value).toBe('Meer zeggenschap over de planning');
  });

  it('does not let a stale re-delivered edit undo a newer one', () => {
    const { sanne, jeroen } = fromCommonStart((s) => s.add('c1', 'wensen', 'a'));
    const first = sanne.edit('c1', 'ab');
    const second = sanne.edit('c1', 'abc');
    jeroen.receive([first, second, first]);
    expect(fieldText(jeroen.state.cards.c1!)).toEqual({ value: 'abc' });
  });

  it('lands an edit that overtook the card’s add, and the late add changes only what it should', () => {
    const sanne = new Replica(SANNE, 'sanne-tab');
    const add = sanne.add('c1', 'wensen', 'eerste versie');
    const edit = sanne.edit('c1', 'tweede versie');
    const move = sanne.move('c1', 'noden');
    const outOfOrder = [move, edit, add].reduce(applyOperation, emptyCanvas());
    expect(json(outOfOrder)).toBe(json(sanne.state));
    expect(fieldText(outOfOrder.cards.c1!).value).toBe('tweede versie');
  });

  it('keeps a deleted card deleted when the delete overtakes the add', () => {
    const sanne = new Replica(SANNE, 'sanne-tab');
    const add = sanne.add('c1', 'wensen', 'weg ermee');
    const del = sanne.delete('c1');
    const state = [del, add].reduce(applyOperation, emptyCanvas());
    expect(isDeleted(state.cards.c1!)).toBe(true);
  });
});
