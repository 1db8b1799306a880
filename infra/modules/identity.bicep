// The one identity Koers' backend runs as: the Function App signs in with it to Cosmos DB
// (data-plane RBAC), Storage, Key Vault, Web PubSub and Application Insights, and with
// botAppType UserAssignedMSI it is also the bot's identity. No client secret exists for it.

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
