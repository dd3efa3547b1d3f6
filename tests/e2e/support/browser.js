// Debian's Chromium, driven by playwright-core: no browser download, a fresh profile per launch, nothing phoning home.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function launchBrowser(viewport = { width: 1280, height: 800 }) {
  if (!fs.existsSync(executablePath)) {
    // Never skip silently: CI must install chromium (see .ci/run).
    throw new Error(`Chromium not found at ${executablePath}; install it with: apt-get install -y chromium`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'careerbot-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  context.on('page', (page) => page.on('pageerror', (e) => errors.push(e)));
  return {
    context,
    errors,
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

const screenshots = path.join(__dirname, '..', 'screenshots');

async function screenshot(page, name) {
  fs.mkdirSync(screenshots, { recursive: true });
  const file = path.join(screenshots, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

module.exports = { launchBrowser, screenshot };
