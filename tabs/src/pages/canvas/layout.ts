import type { TeamsHost } from '../../host/host';

/** Where the canvas is shown: a meeting's side panel, its stage (for everyone), or a tab/browser page. */
export type CanvasLayout = 'panel' | 'stage' | 'page';

/** From Teams' page.frameContext; outside a meeting (or outside Teams) it is an ordinary page. */
export function canvasLayout(teams: TeamsHost | undefined): CanvasLayout {
  if (teams?.frameContext === 'sidePanel') return 'panel';
  if (teams?.frameContext === 'meetingStage') return 'stage';
  return 'page';
}
