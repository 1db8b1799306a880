import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { CanvasView } from '@koers/domain';
import type { AuthorizedCall } from '../api/authorizedApi';
import { canvasOpening } from './canvasOpening';

const view = {
  canvas: { id: 'gesprek-1' },
  etag: '"1"',
  conversation: { id: 'gesprek-1', template: { templateId: 'techniek-3f9a2c', version: 2 }, sectionPrompts: {} },
} as unknown as CanvasView;

/** The same canvas from an API that leaves the template's prompts out of its answer. */
const viewWithoutPrompts = { ...view, conversation: { id: 'gesprek-1', template: { templateId: 'techniek-3f9a2c', version: 2 } } } as unknown as CanvasView;

/** A signed-in caller that answers at once and lists what the tab asked, in order. */
function recordingCaller(canvas: CanvasView = view) {
  const asked: string[] = [];
  const call = (async (request: { method?: string; path: string }) => {
    asked.push(`${request.method ?? 'GET'} ${request.path}`);
    return request.path === '/canvases' ? canvas : {};
  }) as AuthorizedCall;
  return { call, asked };
}

/** Lets the answers already given run their follow-ups. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const scope = globalThis as { window?: EventTarget };
beforeEach(() => {
  scope.window = new EventTarget();
});
afterEach(() => {
  delete scope.window;
});

describe('the Koerskaart read before its page is there', () => {
  it('asks for the canvas and its preparation at once, and for nothing more: the canvas brings its template\'s prompts', async () => {
    const { call, asked } = recordingCaller();
    canvasOpening(call).start({ conversationId: 'gesprek-1' });
    expect(asked).toEqual(['POST /canvases', 'GET /conversations/gesprek-1/preparation']);
    await settled();
    expect(asked).toEqual(['POST /canvases', 'GET /conversations/gesprek-1/preparation']);
  });

  it('asks for the template as soon as a canvas answers without its prompts', async () => {
    const { call, asked } = recordingCaller(viewWithoutPrompts);
    canvasOpening(call).start({ conversationId: 'gesprek-1' });
    await settled();
    expect(asked).toEqual(['POST /canvases', 'GET /conversations/gesprek-1/preparation', 'GET /templates/techniek-3f9a2c/versions/2']);
  });

  it('hands the page each early answer once, and reads anything asked later afresh', async () => {
    const { call, asked } = recordingCaller(viewWithoutPrompts);
    const opening = canvasOpening(call);
    opening.start({ conversationId: 'gesprek-1' });
    await settled();
    expect(await opening.open({ conversationId: 'gesprek-1' })).toBe(viewWithoutPrompts);
    await opening.preparation('gesprek-1');
    await opening.template({ templateId: 'techniek-3f9a2c', version: 2 });
    expect(asked).toHaveLength(3);
    await opening.open({ conversationId: 'gesprek-1' });
    await opening.preparation('gesprek-1');
    expect(asked.slice(3)).toEqual(['POST /canvases', 'GET /conversations/gesprek-1/preparation']);
  });

  it('reads the preparation of a meeting’s canvas once the canvas says which conversation it is', async () => {
    const { call, asked } = recordingCaller();
    canvasOpening(call).start({ meetingId: 'vergadering-1' });
    expect(asked).toEqual(['POST /canvases']);
    await settled();
    expect(asked).toContain('GET /conversations/gesprek-1/preparation');
  });

  it('starts a canvas once however often the tab asks, and keeps nothing once the person goes elsewhere', async () => {
    const { call, asked } = recordingCaller();
    const opening = canvasOpening(call);
    opening.start({ conversationId: 'gesprek-1' });
    opening.start({ conversationId: 'gesprek-1' });
    expect(asked.filter((a) => a === 'POST /canvases')).toHaveLength(1);
    await settled();
    scope.window?.dispatchEvent(new Event('hashchange'));
    await opening.open({ conversationId: 'gesprek-1' });
    expect(asked.filter((a) => a === 'POST /canvases')).toHaveLength(2);
  });
});
