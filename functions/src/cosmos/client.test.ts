import { azureCosmosConfigFromEnv } from './client';

describe('choosing the Cosmos account from the environment', () => {
  it('runs locally when COSMOS_ENDPOINT is not set', () => {
    expect(azureCosmosConfigFromEnv({})).toBeUndefined();
    expect(azureCosmosConfigFromEnv({ COSMOS_ENDPOINT: '  ', COSMOS_KEY: 'k' })).toBeUndefined();
  });

  it('uses Entra ID for an Azure endpoint without a key', () => {
    expect(azureCosmosConfigFromEnv({ COSMOS_ENDPOINT: ' https://koers.documents.azure.com:443/ ' })).toEqual({
      mode: 'azure',
      endpoint: 'https://koers.documents.azure.com:443/',
    });
  });

  it('uses the key when COSMOS_KEY is set', () => {
    expect(azureCosmosConfigFromEnv({ COSMOS_ENDPOINT: 'https://koers.documents.azure.com:443/', COSMOS_KEY: 'geheim' })).toEqual({
      mode: 'azure',
      endpoint: 'https://koers.documents.azure.com:443/',
      key: 'geheim',
    });
  });
});
