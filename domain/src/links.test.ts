import { canvasLink, popLink, prepareLink } from './links';

describe('links into Koers', () => {
  it('go straight to the tab when there is no Teams app (local mode)', () => {
    expect(canvasLink({ tabUrl: 'http://localhost:53000/' }, 'c-1')).toBe('http://localhost:53000/#/canvas/c-1');
    expect(prepareLink({ tabUrl: 'http://localhost:53000' }, 'a b')).toBe('http://localhost:53000/#/prepare/a%20b');
  });

  it('are Teams deep links to the personal tab with the page as subEntityId inside Teams', () => {
    const link = new URL(canvasLink({ tabUrl: 'https://koers.example', teamsAppId: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01' }, 'c-1'));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.pathname).toBe('/l/entity/5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01/home');
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'canvas/c-1' });
    expect(link.searchParams.get('webUrl')).toBe('https://koers.example/#/canvas/c-1');
  });

  it('open a POP on its page, in Teams by the same deep link with pop/<id> as the page', () => {
    expect(popLink({ tabUrl: 'http://localhost:53000' }, 'pop-conv-1')).toBe('http://localhost:53000/#/pop/pop-conv-1');
    const link = new URL(popLink({ tabUrl: 'https://koers.example', teamsAppId: '5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01' }, 'pop-conv-1'));
    expect(link.pathname).toBe('/l/entity/5f0c6a4e-1b2d-4e3f-9a8b-0d0e0f000d01/home');
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'pop/pop-conv-1' });
  });
});
