// Microsoft's botframework-directlinejs against the bot's own Direct Line endpoint, in polling and WebSocket modes.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startBot } = require('./support/bot');
const { startProxy } = require('./support/proxy');

// directlinejs uses XMLHttpRequest (RxJS ajax), and picks WebSocket mode only if a global WebSocket exists.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

let bot;
let proxy;

before(async () => {
  bot = await startBot();
  proxy = await startProxy(bot.url);
});

after(async () => {
  await proxy?.stop();
  await bot?.stop();
});

function connect(options) {
  const directLine = new DirectLine({ domain: `${proxy.url}/v3/directline`, pollingInterval: 200, timeout: 5000, ...options });
  const received = [];
  const waiters = [];
  directLine.activity$.subscribe((activity) => {
    received.push(activity);
    for (const waiter of [...waiters]) if (waiter.match(activity)) { waiters.splice(waiters.indexOf(waiter), 1); waiter.resolve(activity); }
  }, () => { /* end() errors the stream with "conversation ended" */ });
  const next = (match, ms = 20_000) => new Promise((resolve, reject) => {
    const found = received.find(match);
    if (found) return resolve(found);
    const timer = setTimeout(() => reject(new Error('timed out; received: ' + JSON.stringify(received.map((a) => [a.type, a.from && a.from.role, a.text && a.text.slice(0, 40)])))), ms);
    waiters.push({ match, resolve: (a) => { clearTimeout(timer); resolve(a); } });
  });
  const online = new Promise((resolve) => directLine.connectionStatus$.subscribe((s) => { if (s === ConnectionStatus.Online) resolve(); }, () => {}));
  return { directLine, received, next, online };
}

function postText(directLine, text) {
  return new Promise((resolve, reject) => directLine.postActivity({ type: 'message', text, from: { id: 'node-user' } }).subscribe(resolve, reject));
}

async function token() {
  const response = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  return (await response.json()).token;
}

for (const webSocket of [false, true]) {
  const mode = webSocket ? 'WebSocket' : 'polling';

  test(`${mode}: the welcome arrives, a question posts with a real id and its answer arrives`, async () => {
    const client = connect({ token: await token(), webSocket });
    try {
      await client.online;
      await client.next((a) => a.type === 'message' && a.from.role === 'bot');
      const id = await postText(client.directLine, 'do I need a PhD?');
      assert.notEqual(id, 'retry');
      assert.match(id, /\|\d{7}$/);
      const answer = await client.next((a) => a.replyToId === id);
      assert.match(answer.text, /PhD/i);
    } finally {
      client.directLine.end();
    }
  });

  test(`${mode}: a client given the conversation id and watermark resumes where it left off`, async () => {
    const first = connect({ token: await token(), webSocket });
    await first.online;
    const id = await postText(first.directLine, 'which certification should I take first?');
    await first.next((a) => a.replyToId === id);
    const { conversationId, token: current } = first.directLine;
    const watermark = first.directLine.watermark;
    first.directLine.end();

    const second = connect({ token: current, conversationId, watermark, webSocket });
    try {
      await second.online;
      const id2 = await postText(second.directLine, 'tell me more');
      const more = await second.next((a) => a.replyToId === id2);
      assert.ok(more.text.length > 0);
      assert.equal(second.directLine.conversationId, conversationId);
      // Only activities after the watermark come back: not the earlier question.
      assert.ok(!second.received.some((a) => a.id === id), 'the earlier question is not replayed');
    } finally {
      second.directLine.end();
    }
  });
}

test('WebSocket: after the connection drops, directlinejs reconnects and the conversation goes on', async () => {
  const client = connect({ token: await token(), webSocket: true });
  try {
    await client.online;
    await client.next((a) => a.type === 'message' && a.from.role === 'bot');
    proxy.dropAll();
    // directlinejs waits 3-15 s before it reconnects; a message posted meanwhile is replayed on the new socket.
    const id = await postText(client.directLine, 'how much do ML engineers earn?');
    const answer = await client.next((a) => a.replyToId === id, 40_000);
    assert.match(answer.text, /\$/);
  } finally {
    client.directLine.end();
  }
});
