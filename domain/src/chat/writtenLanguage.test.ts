import { writtenLanguage } from './writtenLanguage';

describe('the language a chat message is clearly written in', () => {
  it.each(['ik wil een loopbaangesprek', 'wanneer is mijn gesprek', 'hoe staan mijn doelen ervoor', 'kan ik een gesprek met Linda plannen', 'annuleer het niet'])('reads %p as Dutch', (text) => {
    expect(writtenLanguage(text)).toBe('nl');
  });

  it.each(["I'd like a career conversation", 'when is my conversation', 'how are my goals doing', 'please cancel the meeting', 'what do I need to prepare'])('reads %p as English', (text) => {
    expect(writtenLanguage(text)).toBe('en');
  });

  it.each(['help', 'hulp', 'mijn pop', 'my pop', 'pop van Sanne', 'ok', 'Sanne', 'plan meeting', 'what?', 'plan een meeting with Sanne'])('does not guess at %p', (text) => {
    expect(writtenLanguage(text)).toBeUndefined();
  });
});
