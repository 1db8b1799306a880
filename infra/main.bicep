// Koers in one resource group: the Function App backend (API, timers, bot endpoint) on Flex
// Consumption, Cosmos DB, the Azure Bot with its Teams channel, Web PubSub, static hosting for
// the tab, Application Insights + Log Analytics and Key Vault, all reached through one
// user-assigned managed identity. No output carries a secret (tests/infra.test.ts checks).
//
//   az deployment group create -g <resource group> -f infra/main.bicep \
//     -p infra/main.parameters.dev.json -p authClientId=<Entra ID app registration client id>
//
// The outputs named like the Teams app package's variables (BOT_ID, TAB_ENDPOINT, TAB_DOMAIN)
// go into env/.env.<env> for `npm run package -- --env <env>`.

targetScope = 'resourceGroup'

@minLength(1)
@maxLength(16)
@description('Environment name (dev, prod, …): part of every resource name and of the resource token.')
param environmentName string

@description('Region of every regional resource except the static web app.')
param location string = resourceGroup().location

@description('Static Web Apps are offered in a few regions only.')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Client id of the Entra ID app registration the tab signs in with (Teams SSO): the API\'s token audience.')
param authClientId string

@description('The Teams app id (manifest id): links in chat and invitations open the Koerskaart inside Teams. Empty: plain links to the tab.')
param teamsAppId string = ''

@description('The app\'s id in this tenant\'s Teams app catalog, for installing Koers for an employee who never opened it. Empty: looked up through Graph (needs AppCatalog.Read.All).')
param teamsCatalogAppId string = ''

@description('UserAssignedMSI: the bot is the backend\'s managed identity, no secret. SingleTenant: an app registration (botAppId) with a client secret in Key Vault.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the bot app registration\'s client id.')
param botAppId string = ''

@description('SingleTenant only, optional: the bot\'s client secret, stored in Key Vault. Leave empty to set the secret in Key Vault yourself. Never put it in a parameters file.')
@secure()
param botAppPassword string = ''

@description('The key Koers\' API gateway sends the Function App, which refuses every request without it (docs/security.md, "Only through the gateway"). Empty: derived from the storage account\'s key, the same on every deployment until that key is regenerated. Never put it in a parameters file.')
@secure()
param apiGatewayKey string = ''

@allowed([
  'serverless'
  'autoscale'
])
param cosmosThroughputMode string = 'serverless'

@description('autoscale only: the maximum RU/s shared by all containers.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@allowed([
  'Continuous7Days'
  'Periodic'
])
param cosmosBackupPolicy string = 'Continuous7Days'

@allowed([
  'Free_F1'
  'Standard_S1'
])
param webPubSubSku string = 'Free_F1'

@description('API Management tier of the gateway that rate-limits the API (rate-limit-by-key needs BasicV2 or higher).')
@allowed([
  'BasicV2'
  'StandardV2'
])
param apiGatewaySku string = 'BasicV2'

@description('Shown as the publisher of the API gateway; API Management requires one.')
param apiGatewayPublisherEmail string = 'koers@example.invalid'

@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Origins besides the tab that may call the API from a browser.')
param additionalCorsOrigins array = []

@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param functionInstanceMemoryMB int = 2048

// Instances of the HTTP group kept warm (Flex Consumption "always ready"): a Koerskaart keystroke
// must not wait for a cold start. 0 turns it off (and its baseline cost) in a dev environment.
@minValue(0)
@maxValue(10)
param functionAlwaysReadyHttpInstances int = 1

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

param enableKeyVaultPurgeProtection bool = false

param tags object = {}

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var allTags = union(tags, {
  app: 'koers'
  environment: environmentName
})
var botPasswordSecretName = 'bot-app-password'
var apiGatewayKeySecretName = 'api-gateway-key'
var functionAppName = 'func-koers-${resourceToken}'
var storageAccountName = 'stkoers${resourceToken}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-koers-${resourceToken}'
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-koers-${resourceToken}'
    applicationInsightsName: 'appi-koers-${resourceToken}'
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    deploymentContainerName: 'app-package-${resourceToken}'
    principalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-koers-${resourceToken}'
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
    throughputMode: cosmosThroughputMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    backupPolicy: cosmosBackupPolicy
  }
}

// Read only for its key: a secret Azure made, stable across deployments, that seeds the gateway's key.
resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// Three salted hashes of the storage key: 39 characters no one without that key can compute.
var storageKey = storageAccount.listKeys().keys[0].value
var derivedGatewayKey = '${uniqueString(storageKey, 'koers-gateway-1')}${uniqueString(storageKey, 'koers-gateway-2')}${uniqueString(storageKey, 'koers-gateway-3')}'

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  dependsOn: [
    storage
  ]
  params: {
    name: 'kv-koers-${resourceToken}'
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
    enablePurgeProtection: enableKeyVaultPurgeProtection
    botAppPassword: botAppPassword
    botPasswordSecretName: botPasswordSecretName
    apiGatewayKey: empty(apiGatewayKey) ? derivedGatewayKey : apiGatewayKey
    apiGatewayKeySecretName: apiGatewayKeySecretName
  }
}

module webPubSub 'modules/webPubSub.bicep' = {
  name: 'webPubSub'
  params: {
    name: 'wps-koers-${resourceToken}'
    location: location
    tags: allTags
    principalId: identity.outputs.principalId
    skuName: webPubSubSku
  }
}

module staticWebApp 'modules/staticWebApp.bicep' = {
  name: 'staticWebApp'
  params: {
    name: 'swa-koers-${resourceToken}'
    location: staticWebAppLocation
    tags: allTags
    skuName: staticWebAppSku
  }
}

var tabUrl = 'https://${staticWebApp.outputs.defaultHostname}'
var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    name: functionAppName
    planName: 'plan-koers-${resourceToken}'
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmos.outputs.databaseId
    authClientId: authClientId
    botAppType: botAppType
    botAppId: effectiveBotAppId
    botTenantId: tenant().tenantId
    keyVaultName: keyVault.outputs.name
    botPasswordSecretName: botPasswordSecretName
    gatewayKeySecretName: apiGatewayKeySecretName
    tabUrl: tabUrl
    teamsAppId: teamsAppId
    teamsCatalogAppId: teamsCatalogAppId
    additionalCorsOrigins: additionalCorsOrigins
    webPubSubEndpoint: webPubSub.outputs.endpoint
    webPubSubHub: 'koerskaart'
    maximumInstanceCount: functionMaximumInstanceCount
    instanceMemoryMB: functionInstanceMemoryMB
    alwaysReadyHttpInstances: functionAlwaysReadyHttpInstances
  }
}

// All API traffic (the tab and the Bot Connector) enters through the gateway, which applies
// the request quotas (docs/security.md).
module apiGateway 'modules/apiGateway.bicep' = {
  name: 'apiGateway'
  params: {
    name: 'apim-koers-${resourceToken}'
    location: location
    tags: allTags
    publisherEmail: apiGatewayPublisherEmail
    publisherName: 'Koers'
    backendUrl: 'https://${functionApp.outputs.defaultHostName}/api'
    skuName: apiGatewaySku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    gatewayKeySecretUri: '${keyVault.outputs.uri}secrets/${apiGatewayKeySecretName}'
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-koers-${environmentName}-${resourceToken}'
    displayName: environmentName == 'prod' ? 'Koers' : 'Koers (${environmentName})'
    tags: allTags
    endpoint: '${apiGateway.outputs.gatewayUrl}/api/messages'
    appType: botAppType
    appId: effectiveBotAppId
    tenantId: tenant().tenantId
    identityId: identity.outputs.id
    skuName: botSku
  }
}

// Resource ids for the Agents Toolkit's deploy stage (m365agents.yml): ids, not secrets.
output AZURE_FUNCTION_APP_RESOURCE_ID string = functionApp.outputs.id
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output API_ENDPOINT string = '${apiGateway.outputs.gatewayUrl}/api'
output BOT_ID string = bot.outputs.appId
output BOT_APP_TYPE string = botAppType
output BOT_MESSAGING_ENDPOINT string = '${apiGateway.outputs.gatewayUrl}/api/messages'
output TAB_ENDPOINT string = tabUrl
output TAB_DOMAIN string = staticWebApp.outputs.defaultHostname
output AZURE_STATIC_WEB_APP_NAME string = staticWebApp.outputs.name
output AZURE_STATIC_WEB_APP_RESOURCE_ID string = staticWebApp.outputs.id
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output COSMOS_DATABASE string = cosmos.outputs.databaseId
output WEB_PUBSUB_ENDPOINT string = webPubSub.outputs.endpoint
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
// The subject of the app registration's federated credential (docs/deployment-guide.md): Graph without a secret.
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output VAULT_NAME string = keyVault.outputs.name
