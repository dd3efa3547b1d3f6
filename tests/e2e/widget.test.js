// CareerBot's own widget (one script tag) in headless Chromium: on a customer's page and on the bot's demo page.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startBot } = require('./support/bot');
const { startSite } = require('./support/site');
const { launchBrowser, screenshot } = require('./support/browser');

let bot;
let site;
let browser;

const hostPage = (botUrl, before = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme careers</title>
<style>body { font: 18px serif; margin: 40px } button { background: hotpink !important }</style></head>
<body><h1>Acme careers blog</h1><p>The host page's own styles must not leak into the widget.</p>
${before}
<script src="${botUrl}/widget.js" data-title="Ask Acme's career guide" data-color="#6b3fa0" data-position="right" defer></script>
</body></html>`;

before(async () => {
  bot = await startBot();
  site = await startSite({
    '/blog.html': hostPage(bot.url),
    // WebSockets blocked (as by some proxies): the widget must fall back to polling.
    '/no-websocket.html': hostPage(bot.url, '<script>delete window.WebSocket; window.WebSocket = undefined;</script>'),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await bot?.stop();
});

const botMessages = (p) => p.locator('.cb-message.cb-bot');

async function ask(p, text) {
  const count = await botMessages(p).count();
  await p.locator('.cb-input').fill(text);
  await p.locator('.cb-input').press('Enter');
  await p.waitForFunction(
    (n) => document.querySelector('.careerbot-widget').shadowRoot.querySelectorAll('.cb-message.cb-bot').length > n, count, { timeout: 30_000 });
  return botMessages(p).nth(count);
}

async function openWidget(p) {
  await p.locator('.cb-launcher').click();
  await botMessages(p).first().waitFor({ timeout: 30_000 });
}

test('on a customer page: open, ask, see sources and feedback, reload with the history kept, press a suggested action', async () => {
  const p = await browser.context.newPage();
  try {
    await p.goto(`${site.url}/blog.html`);
    const launcher = p.locator('.cb-launcher');
    await launcher.waitFor();
    assert.match(await launcher.textContent(), /Ask Acme's career guide/);
    assert.equal(await launcher.getAttribute('aria-expanded'), 'false');

    await openWidget(p);
    assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
    assert.equal(await p.locator('.cb-log').getAttribute('aria-live'), 'polite');
    assert.equal(await p.evaluate(() => document.querySelector('.careerbot-widget').shadowRoot.activeElement?.className), 'cb-input');

    const answer = await ask(p, 'how much do ML engineers earn?');
    await answer.locator('.cb-sources').waitFor();
    assert.match(await answer.locator('.cb-sources').textContent(), /Bureau of Labor Statistics/);
    assert.equal(await answer.locator('.cb-feedback-button').count(), 2);
    await screenshot(p, 'widget-desktop');

    // The host page's "button { background: hotpink !important }" stays outside the shadow root.
    const sendColour = await p.locator('.cb-send').evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(sendColour, 'rgb(107, 63, 160)');

    await p.reload();
    await p.locator('.cb-message.cb-user').getByText('how much do ML engineers earn?').waitFor({ timeout: 30_000 });
    await botMessages(p).getByText(/BLS gives/).first().waitFor();
    assert.equal(await p.locator('.cb-message.cb-user').getByText('how much do ML engineers earn?').count(), 1, 'history restored once, not twice');

    const suggestion = p.locator('.cb-suggestion').first();
    await suggestion.waitFor();
    const count = await botMessages(p).count();
    await suggestion.click();
    await p.waitForFunction(
      (n) => document.querySelector('.careerbot-widget').shadowRoot.querySelectorAll('.cb-message.cb-bot').length > n, count, { timeout: 30_000 });
    const followUp = botMessages(p).nth(count);
    assert.ok((await followUp.textContent()).length > 20);

    const helpful = botMessages(p).locator('.cb-feedback-button[aria-label="Helpful"]').last();
    await helpful.click();
    await botMessages(p).getByText(/Thanks for your feedback/).waitFor({ timeout: 15_000 });
    assert.equal(await helpful.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(browser.errors, []);
  } finally {
    await p.close();
  }
});

test('a message with HTML in it is shown as text and runs nothing', async () => {
  const p = await browser.context.newPage();
  let dialogs = 0;
  p.on('dialog', async (dialog) => { dialogs++; await dialog.dismiss(); });
  try {
    await p.goto(`${site.url}/blog.html`);
    await openWidget(p);
    const attack = '<img src=x onerror=alert(1)><script>window.__pwned=1</script>[click](javascript:window.__pwned=2)';
    await ask(p, attack);

    const shown = p.locator('.cb-message.cb-user').last();
    assert.equal((await shown.locator('.cb-text').textContent()).trim(), attack);
    const injected = await p.evaluate(() => {
      const root = document.querySelector('.careerbot-widget').shadowRoot;
      return { images: root.querySelectorAll('img').length, scripts: root.querySelectorAll('script').length, jsLinks: root.querySelectorAll('a[href^="javascript"]').length };
    });
    assert.deepEqual(injected, { images: 0, scripts: 0, jsLinks: 0 });
    assert.equal(await p.evaluate(() => window.__pwned), undefined);
    assert.equal(dialogs, 0);
  } finally {
    await p.close();
  }
});

test('with WebSockets blocked the widget falls back to polling and still answers', async () => {
  const p = await browser.context.newPage();
  try {
    await p.goto(`${site.url}/no-websocket.html`);
    await openWidget(p);
    const answer = await ask(p, 'do I need a PhD?');
    assert.match(await answer.textContent(), /PhD/i);
  } finally {
    await p.close();
  }
});

test('the keyboard alone opens, uses and closes the chat', async () => {
  const p = await browser.context.newPage();
  try {
    await p.goto(`${site.url}/blog.html`);
    await p.locator('.cb-launcher').waitFor();
    await p.locator('.cb-launcher').focus();
    await p.keyboard.press('Enter');
    await botMessages(p).first().waitFor({ timeout: 30_000 });
    await p.keyboard.type('which certification first?');
    await p.keyboard.press('Enter');
    await p.locator('.cb-message.cb-user').getByText('which certification first?').waitFor();
    await p.keyboard.press('Escape');
    assert.equal(await p.locator('.cb-panel').isHidden(), true);
    assert.equal(await p.evaluate(() => document.querySelector('.careerbot-widget').shadowRoot.activeElement?.className), 'cb-launcher');
  } finally {
    await p.close();
  }
});

test('on a phone-sized screen the demo page opens the chat full-screen', async () => {
  const phone = await browser.context.newPage();
  try {
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${bot.url}/`);
    await phone.locator('.cb-launcher').waitFor();
    await screenshot(phone, 'widget-phone-closed');
    await openWidget(phone);
    const answer = await ask(phone, 'which certification should I take first?');
    await answer.waitFor();
    await phone.waitForTimeout(300);
    await screenshot(phone, 'widget-phone');
    const box = await phone.locator('.cb-panel').boundingBox();
    assert.equal(Math.round(box.width), 390);
    assert.equal(Math.round(box.height), 844);
    assert.deepEqual(browser.errors, []);
  } finally {
    await phone.close();
  }
});

test('the demo page at / shows the article with the widget, on a desktop', async () => {
  const p = await browser.context.newPage();
  try {
    await p.goto(`${bot.url}/`);
    await p.getByRole('heading', { name: 'Becoming a machine learning engineer' }).waitFor();
    await p.locator('.cb-launcher').waitFor();
    await screenshot(p, 'demo-page-desktop');
    await openWidget(p);
    await ask(p, 'what skills do I need?');
    await p.waitForTimeout(300);
    await screenshot(p, 'demo-page-desktop-open');
  } finally {
    await p.close();
  }
});
