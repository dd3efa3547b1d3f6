// CareerBot on Azure: an App Service that runs the bot and a single-tenant Azure Bot that points at it,
// with the Teams and Web Chat channels on. Deploy with:
//   az deployment group create -g <group> -f deploy/azure/main.bicep \
//     -p botName=<unique name> appId=<Entra app id> tenantId=<tenant id> appPassword=<client secret>
// then publish the app (see deploy/README.md).

@description('Globally unique name; also the web app name (<botName>.azurewebsites.net).')
param botName string

@description('The Entra app registration (client) id of the bot: MicrosoftAppId.')
param appId string

@description('The tenant of that app registration: MicrosoftAppTenantId.')
param tenantId string = subscription().tenantId

@secure()
@description('A client secret of the app registration: MicrosoftAppPassword.')
param appPassword string

param location string = resourceGroup().location

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier: F0 is free with limited premium-channel messages.')
param botSku string = 'F0'

@description('App Service plan size; B1 is the smallest that keeps the app always on.')
param planSku string = 'B1'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: botName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: appPassword }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'ASPNETCORE_URLS', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'CareerBot'
    description: 'Career guidance for future machine learning engineers, with sources.'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
  }
}

output messagingEndpoint string = bot.properties.endpoint
output webAppName string = site.name
