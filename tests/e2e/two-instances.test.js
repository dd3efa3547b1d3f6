// Two bot instances on one PostgreSQL database: Microsoft's directlinejs, streaming over a WebSocket from one
// instance, receives the answer to a question another client of the same conversation posted to the other.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startBot } = require('./support/bot');
const postgres = require('./support/postgres');

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const skip = postgres.skipReason();
let first;
let second;

before(async () => {
  if (skip) return;
  const settings = { 'Storage:Provider': 'PostgreSql', 'ConnectionStrings:CareerBot': postgres.newDatabase() };
  first = await startBot(settings);
  second = await startBot(settings);
});

after(async () => {
  await first?.stop();
  await second?.stop();
});

function watch(directLine) {
  const received = [];
  directLine.activity$.subscribe((activity) => received.push(activity), () => {});
  const next = async (match, ms = 20_000) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      const found = received.find(match);
      if (found) return found;
    }
    throw new Error('timed out; received: ' + JSON.stringify(received.map((a) => [a.type, a.from && a.from.role, a.text && a.text.slice(0, 40)])));
  };
  const online = new Promise((resolve) => directLine.connectionStatus$.subscribe((s) => { if (s === ConnectionStatus.Online) resolve(); }, () => {}));
  return { received, next, online };
}

test('a WebSocket client on one instance receives the answer to a question posted through the other', { skip: skip ?? false }, async () => {
  const response = await fetch(`${first.url}/api/directline/token`, { method: 'POST' });
  assert.equal(response.status, 200);
  const { token, conversationId } = await response.json();

  const listener = new DirectLine({ domain: `${first.url}/v3/directline`, token, webSocket: true, timeout: 5000 });
  const poster = new DirectLine({ domain: `${second.url}/v3/directline`, token, conversationId, webSocket: false, pollingInterval: 200, timeout: 5000 });
  try {
    const heard = watch(listener);
    await heard.online;
    await heard.next((a) => a.type === 'message' && a.from.role === 'bot');
    watch(poster);

    const id = await new Promise((resolve, reject) =>
      poster.postActivity({ type: 'message', text: 'do I need a PhD?', from: { id: 'node-user' } }).subscribe(resolve, reject));
    assert.match(id, /\|\d{7}$/);

    // Within 10 s: the stream's own look at the store every 15 s must not be what delivers it.
    const answer = await heard.next((a) => a.replyToId === id, 10_000);
    assert.equal(answer.from.role, 'bot');
    assert.ok(heard.received.some((a) => a.id === id), 'the listener also sees the question itself');
    assert.match(answer.text, /PhD/i);
  } finally {
    listener.end();
    poster.end();
  }
});
