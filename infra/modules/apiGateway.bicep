// Azure API Management in front of the Function App: every API request passes it, so Koers'
// request quotas (per user, per tenant, per address: functions/src/http/requestQuota.ts) hold
// across all Functions instances, which share no memory. The policy is generated from those
// quotas (infra/generated/apiGatewayPolicy.xml, scripts/api-gateway-policy.ts), and sends the
// Function App the key that tells this gateway from any other API Management instance, read from
// Key Vault as a named value with the user-assigned identity.
// rate-limit-by-key needs a classic tier other than Consumption, or a v2 tier.

param name string
param location string
param tags object
param publisherEmail string
param publisherName string
@description('The Function App\'s API, e.g. https://func-koers-abc.azurewebsites.net/api')
param backendUrl string

@description('The user-assigned identity that may read Key Vault secrets (resource id and client id).')
param identityId string
param identityClientId string
@description('The Key Vault secret with the gateway\'s key, without a version, so a new version reaches the gateway by itself.')
param gatewayKeySecretUri string

@allowed([
  'BasicV2'
  'StandardV2'
])
param skuName string

resource gateway 'Microsoft.ApiManagement/service@2024-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    capacity: 1
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    publisherEmail: publisherEmail
    publisherName: publisherName
  }
}

resource api 'Microsoft.ApiManagement/service/apis@2024-05-01' = {
  parent: gateway
  name: 'koers'
  properties: {
    displayName: 'Koers'
    path: 'api'
    protocols: [
      'https'
    ]
    serviceUrl: backendUrl
    // The Function App authenticates every request itself (Entra ID tokens, the Bot Connector's).
    subscriptionRequired: false
    apiType: 'http'
  }
}

var methods = [
  'GET'
  'POST'
  'PUT'
  'PATCH'
  'DELETE'
  'OPTIONS'
  'HEAD'
]

// Every path and method passes through to the Function App unchanged.
resource operations 'Microsoft.ApiManagement/service/apis/operations@2024-05-01' = [for method in methods: {
  parent: api
  name: 'all-${toLower(method)}'
  properties: {
    displayName: '${method} /*'
    method: method
    urlTemplate: '/*'
  }
}]

// The policy's {{koers-gateway-key}} (functions/src/http/gatewayKey.ts GATEWAY_KEY_NAMED_VALUE).
resource gatewayKey 'Microsoft.ApiManagement/service/namedValues@2024-05-01' = {
  parent: gateway
  name: 'koers-gateway-key'
  properties: {
    displayName: 'koers-gateway-key'
    secret: true
    keyVault: {
      secretIdentifier: gatewayKeySecretUri
      identityClientId: identityClientId
    }
  }
}

resource rateLimits 'Microsoft.ApiManagement/service/apis/policies@2024-05-01' = {
  parent: api
  name: 'policy'
  dependsOn: [
    gatewayKey
  ]
  properties: {
    format: 'xml'
    value: loadTextContent('../generated/apiGatewayPolicy.xml')
  }
}

output name string = gateway.name
output gatewayUrl string = gateway.properties.gatewayUrl
