import { lazyComponent } from '../lazyComponent';
import type { RouteId } from '../routes';

/**
 * Every page of the tab, each in its own chunk: opening the tab fetches the code of the page it
 * shows, not of all of them. index.html preloads the home page's chunks (see vite.config.ts).
 */
export const HomePage = lazyComponent(() => import('./HomePage').then((m) => m.HomePage));
export const PlanPage = lazyComponent(() => import('./PlanPage').then((m) => m.PlanPage));
export const PreparePage = lazyComponent(() => import('./PreparePage').then((m) => m.PreparePage));
export const CanvasPage = lazyComponent(() => import('./canvas/CanvasPage').then((m) => m.CanvasPage));
export const PopPage = lazyComponent(() => import('./PopPage').then((m) => m.PopPage));
export const PortfolioPage = lazyComponent(() => import('./PortfolioPage').then((m) => m.PortfolioPage));
export const CataloguePage = lazyComponent(() => import('./CataloguePage').then((m) => m.CataloguePage));
export const TemplatesPage = lazyComponent(() => import('./templates/TemplatesPage').then((m) => m.TemplatesPage));
export const SettingsPage = lazyComponent(() => import('./SettingsPage').then((m) => m.SettingsPage));
/** Instead of any page while Koers does not know the organisation: the administrator's setup. */
export const OnboardingPage = lazyComponent(() => import('./onboarding/OnboardingPage').then((m) => m.OnboardingPage));
export const InsightPage = lazyComponent(() => import('./InsightPage').then((m) => m.InsightPage));
export const HrViewPage = lazyComponent(() => import('./HrViewPage').then((m) => m.HrViewPage));
export const RoundsPage = lazyComponent(() => import('./RoundsPage').then((m) => m.RoundsPage));
export const RoundPlanPage = lazyComponent(() => import('./rounds/RoundPlanPage').then((m) => m.RoundPlanPage));
export const ChangeLogPage = lazyComponent(() => import('./ChangeLogPage').then((m) => m.ChangeLogPage));

/** Outside sign-in: the persona switch (local mode), Teams' sign-in, the meeting tab's setup. */
export const PersonaPage = lazyComponent(() => import('./PersonaPage').then((m) => m.PersonaPage));
export const SignInPage = lazyComponent(() => import('./SignInPage').then((m) => m.SignInPage));
export const OpenInTeamsPage = lazyComponent(() => import('./OpenInTeamsPage').then((m) => m.OpenInTeamsPage));
export const TabConfigurationPage = lazyComponent(() => import('./canvas/TabConfigurationPage').then((m) => m.TabConfigurationPage));

const BY_ROUTE: Record<RouteId, { preload(): Promise<unknown> }> = {
  home: HomePage,
  plan: PlanPage,
  prepare: PreparePage,
  // With the small chunk that starts the canvas' reads alongside /me (data/canvasOpening.ts).
  canvas: { preload: () => Promise.all([CanvasPage.preload(), import('../data/canvasOpening')]) },
  pop: PopPage,
  portfolio: PortfolioPage,
  catalogue: CataloguePage,
  templates: TemplatesPage,
  settings: SettingsPage,
  insight: InsightPage,
  'hr-view': HrViewPage,
  rounds: RoundsPage,
  'round-plan': RoundPlanPage,
  changelog: ChangeLogPage,
};

/** Fetches a route's page code while the tab still loads its settings and the signed-in person. */
export function preloadRoutePage(route: RouteId): void {
  // A failure here is not shown: the page's own render fetches it again and reports it.
  BY_ROUTE[route].preload().catch(() => undefined);
}
