// A stand-in for a customer's website: serves a few pages (and Web Chat's UMD bundle from node_modules) on its own loopback origin.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const webChatBundle = path.join(__dirname, '..', 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');

async function startSite(pages) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://site');
    if (url.pathname === '/webchat.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(webChatBundle).pipe(response);
      return;
    }
    const page = pages[url.pathname];
    if (page === undefined) { response.writeHead(404); response.end(); return; }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

module.exports = { startSite, webChatBundle, bundleExists: () => fs.existsSync(webChatBundle), path };
