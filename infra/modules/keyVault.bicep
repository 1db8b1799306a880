// Key Vault in RBAC mode for the few secrets Koers has: the key the API gateway proves itself with
// to the Function App, and the client secret of a SingleTenant bot registration (a
// UserAssignedMSI bot needs none). The app's identity may read secrets (Key Vault Secrets User):
// the Function App resolves them through Key Vault references, API Management as a named value.

param name string
param location string
param tags object
param principalId string

@description('Keep deleted vaults and secrets recoverable for 90 days and forbid purging (cannot be switched off again).')
param enablePurgeProtection bool

@description('SingleTenant bot only: the registration\'s client secret, stored as the secret below. Empty: set the secret yourself (az keyvault secret set).')
@secure()
param botAppPassword string

@description('Name of the secret that holds the bot\'s client secret.')
param botPasswordSecretName string

@description('The key Koers\' API Management gateway sends the Function App (main.bicep apiGatewayKey), stored as the secret below.')
@secure()
param apiGatewayKey string

@description('Name of the secret that holds the gateway\'s key.')
param apiGatewayKeySecretName string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'text/plain'
  }
}

// Read by the Function App (KOERS_GATEWAY_KEY) and by API Management (a named value): the same text on both sides.
resource gatewayKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: apiGatewayKeySecretName
  properties: {
    value: apiGatewayKey
    contentType: 'text/plain'
  }
}

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
