import { AppRoleAssignment, DirectoryCursor, DirectorySyncState, DirectoryUserChange, MailboxSettings, RoleAssignment } from './directory';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const FATIMA = '0a000000-0000-4000-8000-000000000102';
const GROUP = '0a000000-0000-4000-8000-000000000900';
// The shape of an appRoleAssignedTo item in Microsoft's documentation.
const graphAssignment = {
  id: '41W1zT6z1U-kJxf62svfp1HFE8pMZhxDun-ThPczmJE',
  principalId: FATIMA,
  principalType: 'User',
  appRoleId: '4dc512f6-b72c-4e0e-9247-8cc7b49406cc',
  principalDisplayName: 'Fatima El Amrani',
};

describe("the directory's shapes", () => {
  it("take Graph's app-role assignment, and store it under Graph's id or, through a group, once per member", () => {
    const assignment = AppRoleAssignment.parse(graphAssignment);
    const direct = { id: assignment.id, tenantId: TENANT, principalId: assignment.principalId, appRoleId: assignment.appRoleId };
    expect(RoleAssignment.parse(direct)).toEqual(direct);
    const viaGroup = { ...direct, id: `${assignment.id}|${FATIMA}`, viaGroupId: GROUP };
    expect(RoleAssignment.parse(viaGroup)).toEqual(viaGroup);
  });

  it('refuse an assignment id Cosmos could not store', () => {
    expect(RoleAssignment.safeParse({ id: 'a/b', tenantId: TENANT, principalId: FATIMA, appRoleId: graphAssignment.appRoleId }).success).toBe(false);
  });

  it('keep delta and next links exactly as Graph gave them', () => {
    const deltaLink = 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=oEcOySpF_hWYmTIUZBOIfPzcwisr_rPe8o9M54L45qE';
    expect(DirectoryCursor.parse({ kind: 'delta', link: deltaLink })).toEqual({ kind: 'delta', link: deltaLink });
    expect(DirectorySyncState.parse({ id: TENANT, tenantId: TENANT, usersDeltaLink: deltaLink }).usersDeltaLink).toBe(deltaLink);
    expect(DirectoryCursor.safeParse({ kind: 'delta', link: 'geen link' }).success).toBe(false);
  });

  it('tell a changed user (only what Graph named, null when cleared) from a removed one', () => {
    const changed = DirectoryUserChange.parse({ kind: 'changed', user: { id: FATIMA, jobTitle: null, managerId: null, preferredLanguage: 'nl-NL' } });
    expect(changed).toEqual({ kind: 'changed', user: { id: FATIMA, jobTitle: null, managerId: null, preferredLanguage: 'nl-NL' } });
    expect(DirectoryUserChange.parse({ kind: 'removed', id: FATIMA, reason: 'deleted' })).toMatchObject({ reason: 'deleted' });
    expect(DirectoryUserChange.safeParse({ kind: 'removed', id: FATIMA, reason: 'gone' }).success).toBe(false);
  });

  it("hold a mailbox's working hours as ISO weekdays and HH:mm", () => {
    const settings = { timeZone: 'W. Europe Standard Time', language: 'nl-NL', workingHours: { days: [1, 2, 3, 4], start: '08:00', end: '17:00', timeZone: 'W. Europe Standard Time' } };
    expect(MailboxSettings.parse(settings)).toEqual(settings);
    expect(MailboxSettings.safeParse({ workingHours: { days: [1], start: '08:00:00.0000000', end: '17:00' } }).success).toBe(false);
  });
});
