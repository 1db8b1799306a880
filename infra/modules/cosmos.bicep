// Cosmos DB for NoSQL with Entra ID only (disableLocalAuth): the database and every container
// come from infra/generated/containers.json, which `npm run infra:containers` writes from
// functions/src/cosmos/containers.ts, the schema the repositories use. The app's identity gets the
// built-in data-plane role "Cosmos DB Built-in Data Contributor"; it cannot create containers,
// so they must all be declared here (tests/infra.test.ts checks that they are).

param name string
param location string
param tags object
param principalId string

@description('serverless: pay per request (the default, right for a pilot or a small organisation); autoscale: provisioned throughput shared by all containers, scaling between 10% and 100% of cosmosAutoscaleMaxThroughput.')
@allowed([
  'serverless'
  'autoscale'
])
param throughputMode string

@minValue(1000)
param autoscaleMaxThroughput int

@description('Continuous7Days allows point-in-time restore of the last 7 days at no extra cost.')
@allowed([
  'Continuous7Days'
  'Periodic'
])
param backupPolicy string

var schema = loadJsonContent('../generated/containers.json')

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: throughputMode == 'serverless' ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    backupPolicy: backupPolicy == 'Continuous7Days' ? {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    } : {
      type: 'Periodic'
      periodicModeProperties: {
        backupIntervalInMinutes: 240
        backupRetentionIntervalInHours: 8
        backupStorageRedundancy: 'Local'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: schema.databaseId
  properties: {
    resource: {
      id: schema.databaseId
    }
    options: throughputMode == 'autoscale' ? {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    } : {}
  }
}

// Each entry already has the shape of `properties.resource`: id, partitionKey, indexingPolicy,
// uniqueKeyPolicy. Unique keys can only be set when a container is created.
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [for container in schema.containers: {
  parent: database
  name: container.id
  properties: {
    resource: container
  }
}]

// 00000000-0000-0000-0000-000000000002 is the built-in "Cosmos DB Built-in Data Contributor".
resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' existing = {
  parent: account
  name: '00000000-0000-0000-0000-000000000002'
}

resource appDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributor.id)
  properties: {
    roleDefinitionId: dataContributor.id
    principalId: principalId
    scope: account.id
  }
}

output name string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseId string = database.name
output containerIds array = [for container in schema.containers: container.id]
