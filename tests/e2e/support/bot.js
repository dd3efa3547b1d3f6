// Starts the real CareerBot (the built app, as `dotnet run` would) on a free loopback port.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..', '..');
const dll = path.join(root, 'src', 'CareerBot', 'bin', 'Debug', 'net10.0', 'CareerBot.dll');

function ensureBuilt() {
  if (fs.existsSync(dll)) return;
  const build = spawnSync('dotnet', ['build', path.join(root, 'src', 'CareerBot'), '-nologo', '-v', 'q'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('dotnet build failed');
}

/**
 * Starts the bot with the given settings (as environment variables, `DirectLine__Secret` style); resolves with { url, stop }.
 * Each bot gets its own new SQLite file unless the settings name a store.
 */
async function startBot(settings = {}) {
  ensureBuilt();
  const env = { ...process.env, DOTNET_NOLOGO: '1' };
  const database = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'careerbot-e2e-')), 'careerbot.db');
  env.ConnectionStrings__CareerBot = `Data Source=${database}`;
  for (const [key, value] of Object.entries(settings)) env[key.replace(/:/g, '__')] = value;
  const child = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot did not start in 60 s:\n' + output)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the bot exited with ${code}:\n${output}`)); });
  });
  child.removeAllListeners('exit');
  await untilReady(url, () => output);
  return {
    url,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }),
  };
}

// As a load balancer does: the bot listens at once, and /readyz says 200 once the embedding model is loaded too
// (on the first start without the vector cache that embeds every phrasing, 10–20 s); messages sent before wait for it.
async function untilReady(url, output) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch { /* not accepting connections yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot was not ready in 120 s:\n' + output());
}

module.exports = { startBot, root };
