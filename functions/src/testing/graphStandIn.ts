import https from 'node:https';
import type { ActivityFeedPort, DirectoryPort } from '@koers/domain';
import { createGraphDirectory } from '../graph/directory';
import { standInActivityFeed } from '../graph/sampleDirectory';
import { standInToken, startDirectoryStandIn, type DirectoryFixture, type DirectoryStandIn } from '../graph/directoryStandIn';

/**
 * For handler tests: the local Graph stand-in over a fixture the test may change, started in
 * beforeAll, and the production Graph adapters in front of it (the directory, the Teams activity
 * feed). The app is composed before the stand-in listens, so the ports find their adapter on each call.
 */
export interface GraphStandInHandle {
  directory: DirectoryPort;
  /** The people's Teams activity feeds; what arrived is `standIn().activityFeed(tenantId, userId)`. */
  activityFeed: ActivityFeedPort;
  fixture(): DirectoryFixture;
  setFixture(next: DirectoryFixture): void;
  standIn(): DirectoryStandIn;
}

export function useGraphStandIn(initial: DirectoryFixture): GraphStandInHandle {
  let standIn: DirectoryStandIn | undefined;
  let fixture = initial;
  let port: DirectoryPort | undefined;
  const running = (): DirectoryStandIn => {
    if (!standIn) throw new Error('the Graph stand-in is not running');
    return standIn;
  };
  const adapter = (): DirectoryPort => {
    const graph = running();
    port ??= createGraphDirectory({
      getToken: async (tenantId) => standInToken(tenantId),
      baseUrl: graph.baseUrl,
      agent: new https.Agent({ ca: graph.ca }),
      appId: '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e',
    });
    return port;
  };
  let feed: ActivityFeedPort | undefined;
  const feedAdapter = (): ActivityFeedPort => {
    feed ??= standInActivityFeed(running());
    return feed;
  };
  beforeAll(async () => {
    standIn = await startDirectoryStandIn({ load: () => fixture });
  });
  afterAll(() => standIn?.close());
  return {
    directory: {
      userChanges: (...args) => adapter().userChanges(...args),
      users: (...args) => adapter().users(...args),
      mailboxSettings: (...args) => adapter().mailboxSettings(...args),
      groupMembers: (...args) => adapter().groupMembers(...args),
      appRoleAssignments: (...args) => adapter().appRoleAssignments(...args),
      grantedPermissions: (...args) => adapter().grantedPermissions(...args),
    },
    activityFeed: { send: (...args) => feedAdapter().send(...args) },
    fixture: () => fixture,
    setFixture: (next) => {
      fixture = next;
    },
    standIn: running,
  };
}
