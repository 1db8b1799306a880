import { escapeHtml, meetingAgenda, meetingAgendaText } from './calendarAgenda';

const input = {
  canvasUrl: 'https://koers.example/#/canvas/gesprek-1?x=1&y=2',
  employeeName: 'Sanne Bakker',
  managerName: 'Jeroen Hendriks',
};

describe('the meeting agenda', () => {
  it('walks the three phases of a loopbaangesprek in Dutch, in order', () => {
    const html = meetingAgenda('nl', input);
    const phases = ['Uitwisseling en inventarisatie', 'Voorstellen ontwikkelen', 'Afspraken'].map((p) => html.indexOf(`<strong>${p}</strong>`));
    expect(phases.every((i) => i > 0)).toBe(true);
    expect([...phases].sort((a, b) => a - b)).toEqual(phases);
    expect(html).toContain('<div lang="nl">');
    expect(html).toContain('niet over een beoordeling');
  });

  it('links to the Koerskaart with the URL escaped for the attribute', () => {
    const html = meetingAgenda('nl', input);
    expect(html).toContain('<a href="https://koers.example/#/canvas/gesprek-1?x=1&amp;y=2">');
  });

  it('escapes HTML in the names', () => {
    const html = meetingAgenda('nl', { ...input, employeeName: '<img src=x onerror="alert(1)">', managerName: "Jan & 'Piet'" });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('Jan &amp; &#39;Piet&#39;');
  });

  it('has an English version', () => {
    const html = meetingAgenda('en', input);
    expect(html).toContain('<strong>Exchange and inventory</strong>');
    expect(html).toContain('<strong>Agreements</strong>');
    expect(html).toContain('not an appraisal');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => meetingAgenda('nl', { ...input, canvasUrl: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => meetingAgendaText('nl', { ...input, canvasUrl: 'data:text/html,hoi' })).toThrow(RangeError);
  });

  it('has a plain-text twin for the .ics description, with the link and the phases', () => {
    const text = meetingAgendaText('nl', input);
    expect(text).toContain('1. Uitwisseling en inventarisatie');
    expect(text).toContain('3. Afspraken');
    expect(text).toContain(input.canvasUrl);
    expect(text).not.toContain('<');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
