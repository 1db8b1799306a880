// The Azure Bot registration with its Teams channel. Its messaging endpoint is the Function App's
// /api/messages. UserAssignedMSI (the default) uses the backend's managed identity, so no
// secret exists; SingleTenant uses an Entra ID app registration whose client secret lives in Key
// Vault. (MultiTenant registrations can no longer be created.)

param name string
param displayName string
param tags object

@description('https://<function app host>/api/messages')
param endpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string
param appId string
param tenantId string

@description('UserAssignedMSI only: the identity\'s resource id.')
param identityId string

@allowed([
  'F0'
  'S1'
])
param skuName string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output name string = bot.name
output appId string = appId
