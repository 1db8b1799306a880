// The modules startBoardTools (boardTools.ts) fetches after the board's first paint, as one chunk.
export { CardMenu } from './CardMenu';
export { GuidanceSettings } from './GuidanceSettings';
export { PossibleSteps } from './PossibleSteps';
export { CompleteConversation } from './CompleteConversation';
