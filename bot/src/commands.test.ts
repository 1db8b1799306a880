import { parseCommand } from './commands';

describe('understanding what the user typed', () => {
  it.each([
    ['plan een loopbaangesprek met Sanne', 'Sanne'],
    ['plan loopbaangesprek met Sanne', 'Sanne'],
    ['Plan een gesprek met Sanne Bakker', 'Sanne Bakker'],
    ['plan gesprek met Linda de Wit.', 'Linda de Wit'],
    ['boek een loopbaangesprek met Sane', 'Sane'],
    ['inplannen loopbaangesprek voor An', 'An'],
    ['plan een loopbaangesprek met "Sanne" aub', 'Sanne'],
    ['plan\u00a0een loopbaangesprek  met   Sanne!', 'Sanne'],
    ['plan a career conversation with Sanne', 'Sanne'],
    ['Plan career conversation with Sanne please', 'Sanne'],
    ['book a conversation with Kees Jansen?', 'Kees Jansen'],
    ['schedule a career conversation for Daan', 'Daan'],
  ])('reads %p as planning with %p', (text, name) => {
    expect(parseCommand(text)).toEqual({ kind: 'plan', name });
  });

  it.each(['plan een loopbaangesprek', 'plan a career conversation', 'boek gesprek'])('reads %p as planning with nobody named yet', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'plan', name: '' });
  });

  it.each(['voorbereiden', 'Voorbereiden.', 'prepare', 'mijn voorbereiding'])('reads %p as the wish to prepare', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'prepare' });
  });

  it.each(['mijn pop', 'Mijn POP', 'my pop', 'pop?'])('reads %p as asking for one\'s own POP', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'pop' });
  });

  it.each([
    ['pop van Sanne', 'Sanne'],
    ['POP van Sanne Bakker', 'Sanne Bakker'],
    ['de pop van Linda de Wit.', 'Linda de Wit'],
    ['toon de pop van Sane', 'Sane'],
    ['laat de pop van Kees zien', 'Kees'],
    ['show the pop of Daan please', 'Daan'],
    ['development plan of Noor', 'Noor'],
  ])('reads %p as asking for the POP of %p', (text, name) => {
    expect(parseCommand(text)).toEqual({ kind: 'pop', name });
  });

  it.each(['pop van', 'the pop of'])('reads %p as asking for someone\'s POP without naming them yet', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'pop', name: '' });
  });

  it.each(['help', 'hulp', '?', 'Help!', '  HULP  '])('reads %p as a question for help', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'help' });
  });

  it.each(['plan iets leuks', 'wat is een loopbaangesprek', 'plannen', '', 'met Sanne', 'planning met Sanne'])('does not guess at %p', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'unknown' });
  });

  it('understands nothing at all as nothing', () => {
    expect(parseCommand(undefined)).toEqual({ kind: 'unknown' });
  });
});
