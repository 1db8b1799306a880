// Static hosting for the tab (tabs/dist plus its config.json): Azure Static Web Apps, Free plan,
// no repository link (the deployment uploads the built files). Free is offered in a few regions
// only (e.g. westeurope), hence its own location parameter.

param name string
param location string
param tags object

@allowed([
  'Free'
  'Standard'
])
param skuName string

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuName
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output id string = site.id
output name string = site.name
output defaultHostname string = site.properties.defaultHostname
