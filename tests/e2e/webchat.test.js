// Microsoft's official Web Chat (its UMD bundle from npm) in headless Chromium, on another origin, against the bot's Direct Line.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startBot } = require('./support/bot');
const { startProxy } = require('./support/proxy');
const { startSite } = require('./support/site');
const { launchBrowser, screenshot } = require('./support/browser');

let bot;
let proxy;
let site;
let browser;

// The page a site owner would write: a token from the bot's token endpoint, createDirectLine({ domain, token }),
// and on reload the same conversation (token and id kept in sessionStorage; no watermark, so the history replays).
const page = (botUrl) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Web Chat</title><script src="/webchat.js"></script>
<style>html, body { height: 100%; margin: 0 } #webchat { height: 100% }</style></head>
<body><div id="webchat" role="main"></div>
<script>
(async function () {
  const domain = '${botUrl}/v3/directline';
  const webSocket = new URLSearchParams(location.search).get('ws') !== '0';
  const saved = JSON.parse(sessionStorage.getItem('dl') || 'null');
  let directLine;
  if (saved) {
    directLine = WebChat.createDirectLine({ domain, token: saved.token, conversationId: saved.conversationId, webSocket });
  } else {
    const response = await fetch('${botUrl}/api/directline/token', { method: 'POST' });
    const { token } = await response.json();
    directLine = WebChat.createDirectLine({ domain, token, webSocket });
  }
  directLine.connectionStatus$.subscribe(function (status) {
    window.connectionStatus = status;
    if (status === 2) sessionStorage.setItem('dl', JSON.stringify({ token: directLine.token, conversationId: directLine.conversationId }));
  });
  WebChat.renderWebChat({ directLine, userID: 'webchat-user', styleOptions: { hideUploadButton: true } }, document.getElementById('webchat'));
})();
</script></body></html>`;

before(async () => {
  bot = await startBot();
  proxy = await startProxy(bot.url);
  site = await startSite({ '/webchat.html': page(proxy.url) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await proxy?.stop();
  await bot?.stop();
});

const transcript = (p) => p.locator('.webchat__basic-transcript');

async function ask(p, text) {
  const box = p.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

async function botBubbles(p) {
  return p.locator('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content').count();
}

async function waitForMoreBotBubbles(p, than, timeout = 30_000) {
  await p.waitForFunction((n) => document.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content').length > n, than, { timeout });
}

for (const webSocket of [true, false]) {
  const mode = webSocket ? 'WebSocket' : 'polling';

  test(`${mode}: Web Chat shows the welcome, answers with their sources, suggested actions, and the history after a reload`, async () => {
    const p = await browser.context.newPage();
    try {
      await p.goto(`${site.url}/webchat.html?ws=${webSocket ? 1 : 0}`);
      await transcript(p).getByText(/machine learning/i).first().waitFor({ timeout: 30_000 });

      let before = await botBubbles(p);
      await ask(p, 'how much do ML engineers earn?');
      await waitForMoreBotBubbles(p, before);
      await transcript(p).getByText(/Bureau of Labor Statistics/).first().waitFor();
      await transcript(p).getByText('Sources', { exact: false }).first().waitFor();
      if (webSocket) await screenshot(p, 'webchat-desktop');

      before = await botBubbles(p);
      await p.locator('.webchat__suggested-action').first().click();
      await waitForMoreBotBubbles(p, before);

      await p.reload();
      await transcript(p).getByText('how much do ML engineers earn?').first().waitFor({ timeout: 30_000 });
      before = await botBubbles(p);
      await ask(p, 'do I need a PhD?');
      await waitForMoreBotBubbles(p, before);

      assert.equal(await p.getByText(/Send failed/i).count(), 0, 'no "Send failed" in the transcript');
      assert.deepEqual(browser.errors, []);
    } finally {
      await p.close();
    }
  });
}

test('WebSocket: after the connection drops, Web Chat reconnects and a new question is answered', async () => {
  const p = await browser.context.newPage();
  try {
    await p.goto(`${site.url}/webchat.html?ws=1`);
    await p.waitForFunction(() => window.connectionStatus === 2, null, { timeout: 30_000 });
    await transcript(p).getByText(/machine learning/i).first().waitFor({ timeout: 30_000 });

    proxy.dropAll();
    const before = await botBubbles(p);
    await ask(p, 'which certification should I take first?');
    // directlinejs reconnects after 3-15 s; the echo and the answer come on the new socket, inside Web Chat's 20 s send timeout.
    await waitForMoreBotBubbles(p, before, 40_000);
    assert.equal(await p.getByText(/Send failed/i).count(), 0);
  } finally {
    await p.close();
  }
});
