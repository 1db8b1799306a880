// Azure Web PubSub for the live Koerskaart canvas (both people see each other's edits). Access
// keys are disabled; the Function App issues client tokens with its managed identity
// (Web PubSub Service Owner), which also lets it publish to the hub.

param name string
param location string
param tags object
param principalId string

@allowed([
  'Free_F1'
  'Standard_S1'
])
param skuName string

resource webPubSub 'Microsoft.SignalRService/webPubSub@2024-03-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    capacity: 1
  }
  properties: {
    disableLocalAuth: true
    disableAadAuth: false
    publicNetworkAccess: 'Enabled'
    tls: {
      clientCertEnabled: false
    }
  }
}

var webPubSubServiceOwner = '12cf5a90-567b-43ae-8102-96cf46c7d9b4'

resource serviceOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(webPubSub.id, principalId, webPubSubServiceOwner)
  scope: webPubSub
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', webPubSubServiceOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = webPubSub.name
output endpoint string = 'https://${webPubSub.properties.hostName}'
