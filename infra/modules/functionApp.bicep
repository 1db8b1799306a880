// The Koers backend: one Function App on Flex Consumption (Linux, Node 22) serving the HTTP API,
// the timers and the bot's /api/messages. It runs as the user-assigned identity; the app
// settings are every variable functions/src/config.ts reads in azure mode (tests/infra.test.ts
// checks them against config.ts), and none of them holds a secret: Cosmos DB, Storage,
// Application Insights and Web PubSub are reached with the identity, and the one possible secret
// (a SingleTenant bot's client secret) is a Key Vault reference.

param name string
param planName string
param location string
param tags object

param identityId string
param identityClientId string

param storageAccountName string
param storageBlobEndpoint string
param deploymentContainerName string
param applicationInsightsName string

param cosmosEndpoint string
param cosmosDatabase string
param authClientId string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string
param botAppId string
param botTenantId string
param keyVaultName string
param botPasswordSecretName string
@description('Name of the Key Vault secret that holds the key only Koers\' own API gateway sends.')
param gatewayKeySecretName string

@description('Where the tab is served (https origin); also allowed by CORS.')
param tabUrl string
@description('The Teams app id; empty when links should open the tab in a browser.')
param teamsAppId string
@description('The app\'s id in the Teams app catalog; empty: looked up through Graph.')
param teamsCatalogAppId string
param additionalCorsOrigins array

param webPubSubEndpoint string
param webPubSubHub string

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

// Flex Consumption scales all HTTP triggers as one group ("http"), so the canvas route is kept warm
// by keeping the group warm; a per-function entry ("function:<name>") is only for other triggers.
@minValue(0)
@maxValue(10)
param alwaysReadyHttpInstances int = 1

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

var appSettings = [
  // config.ts: azure mode (COSMOS_ENDPOINT would imply it; explicit is clearer in the portal).
  {
    name: 'KOERS_MODE'
    value: 'azure'
  }
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmosEndpoint
  }
  {
    name: 'COSMOS_DATABASE'
    value: cosmosDatabase
  }
  {
    name: 'AUTH_CLIENT_ID'
    value: authClientId
  }
  {
    name: 'BOT_APP_ID'
    value: botAppId
  }
  {
    name: 'BOT_APP_TYPE'
    value: botAppType
  }
  {
    name: 'BOT_TENANT_ID'
    value: botTenantId
  }
  {
    name: 'TAB_URL'
    value: tabUrl
  }
  // Deep links into Teams (chat cards, invitations) need the app's manifest id.
  {
    name: 'TEAMS_APP_ID'
    value: teamsAppId
  }
  // Installing Koers for an employee without a chat: the catalog id, or empty to look it up.
  {
    name: 'TEAMS_CATALOG_APP_ID'
    value: teamsCatalogAppId
  }
  // DefaultAzureCredential (Cosmos DB, Web PubSub) picks the user-assigned identity by this id.
  {
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  // Not a secret (it identifies where telemetry goes); ingestion itself needs the identity.
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: applicationInsights.properties.ConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'ClientId=${identityClientId};Authorization=AAD'
  }
  // The Functions host's own storage, through the identity (no connection string).
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  // For the live canvas (not read by config.ts yet).
  {
    name: 'WEB_PUBSUB_ENDPOINT'
    value: webPubSubEndpoint
  }
  {
    name: 'WEB_PUBSUB_HUB'
    value: webPubSubHub
  }
  // The key only Koers' own API gateway sends: the app refuses a request without it, so the
  // ApiManagement service tag below admits this gateway and no other (docs/security.md).
  {
    name: 'KOERS_GATEWAY_KEY'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${gatewayKeySecretName})'
  }
]

// A SingleTenant bot authenticates with a client secret; the setting only points at Key Vault,
// which the platform resolves with keyVaultReferenceIdentity below.
var singleTenantBotSettings = [
  {
    name: 'BOT_APP_PASSWORD'
    value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botPasswordSecretName})'
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      // Only API Management reaches the API: a request straight to this host would pass around
      // the gateway's request quotas (docs/security.md, "Only through the gateway"). Deployment
      // goes through blob storage and the timers run inside, so nothing else needs a way in. The
      // service tag admits every API Management in Azure; KOERS_GATEWAY_KEY narrows it to ours.
      ipSecurityRestrictionsDefaultAction: 'Deny'
      ipSecurityRestrictions: [
        {
          name: 'api-management'
          description: 'Only Azure API Management (the Koers gateway) may call the API.'
          action: 'Allow'
          tag: 'ServiceTag'
          ipAddress: 'ApiManagement'
          priority: 100
        }
      ]
      // The deployment endpoint keeps its own (default) rules: Flex Consumption deploys from blob storage.
      scmIpSecurityRestrictionsUseMain: false
      cors: {
        allowedOrigins: union([tabUrl], additionalCorsOrigins)
        supportCredentials: false
      }
      appSettings: concat(appSettings, botAppType == 'SingleTenant' ? singleTenantBotSettings : [])
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0 ? [
          {
            name: 'http'
            instanceCount: alwaysReadyHttpInstances
          }
        ] : []
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
}

output id string = site.id
output name string = site.name
output defaultHostName string = site.properties.defaultHostName
