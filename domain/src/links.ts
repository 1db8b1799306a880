/**
 * Links into Koers from chat cards, invitations and e-mails. Inside Teams a link must be a Teams
 * deep link to the app's personal tab, or it opens a browser instead of the app; the tab reads
 * `subPageId` from its context and opens the page. Without a Teams app id (local mode) the link
 * goes straight to the tab's own address.
 */
export interface LinkTarget {
  /** The tab's address (https in Azure, http://localhost:53000 locally). */
  tabUrl: string;
  /** The Teams app's manifest id; unset locally. */
  teamsAppId?: string;
}

/** The personal tab that opens Koers' pages (manifest `staticTabs[].entityId`). */
export const HOME_ENTITY_ID = 'home';

/** A tab route such as `canvas/<id>` or `prepare/<id>`. */
export function koersLink(target: LinkTarget, route: string): string {
  const tab = `${target.tabUrl.replace(/\/+$/, '')}/#/${route}`;
  if (!target.teamsAppId) return tab;
  const context = JSON.stringify({ subEntityId: route });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.teamsAppId)}/${HOME_ENTITY_ID}?webUrl=${encodeURIComponent(tab)}&context=${encodeURIComponent(context)}`;
}

export function canvasLink(target: LinkTarget, conversationId: string): string {
  return koersLink(target, `canvas/${encodeURIComponent(conversationId)}`);
}

export function prepareLink(target: LinkTarget, conversationId: string): string {
  return koersLink(target, `prepare/${encodeURIComponent(conversationId)}`);
}

/**
 * The POP page of one plan (`pop/<popId>`): where both read, approve and track it, and where the
 * "Gemaakte afspraken" PDF of an approved version downloads.
 */
export function popLink(target: LinkTarget, popId: string): string {
  return koersLink(target, `pop/${encodeURIComponent(popId)}`);
}
