/*
 * CareerBot website widget: one <script src=".../widget.js" defer></script> tag adds a launcher bubble
 * that opens a chat panel talking Direct Line 3.0 to the bot that served this file.
 *
 * Options (data- attributes on the script tag): data-title, data-color, data-greeting, data-position ("right" | "left").
 *
 * Why it is written the way it is:
 * - Plain ES2017 in one file, so there is no build step and nothing to download from anywhere else.
 * - A shadow root keeps the host page's CSS out of the widget and ours out of the page.
 * - Messages are never parsed as HTML: Markdown is turned into DOM nodes with textContent, links are
 *   limited to http(s)/mailto and open in a new tab without access to this page.
 * - The token, conversation id and watermark live in sessionStorage, so a reload resumes the same
 *   conversation (history is read back from the bot) and closing the tab ends it.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__careerBotWidget) { return; }
  window.__careerBotWidget = true;

  var BOT = new URL('.', script.src).href.replace(/\/$/, '');
  var DIRECT_LINE = BOT + '/v3/directline';
  var STORAGE_KEY = 'careerbot.widget:' + BOT;
  var data = script.dataset;
  var options = {
    title: data.title || 'Career guide',
    color: data.color && window.CSS && CSS.supports('color', data.color) ? data.color : '',
    greeting: data.greeting || 'Ask me anything about becoming a machine learning engineer.',
    position: data.position === 'left' ? 'left' : 'right'
  };
  var POLL_MS = 1000;
  var TYPING_MS = 5000;

  // ---------- session (sessionStorage: survives reloads, not the tab) ----------

  function loadSession() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY)) || {}; } catch (e) { return {}; }
  }
  function saveSession() {
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)); } catch (e) { /* storage full or blocked: the chat still works */ }
  }
  var session = loadSession();
  if (!session.userId) { session.userId = 'web-' + Math.random().toString(36).slice(2, 12); }

  // ---------- Direct Line client ----------

  function request(method, path, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (session.token) { headers.Authorization = 'Bearer ' + session.token; }
    return fetch(path.indexOf('http') === 0 ? path : DIRECT_LINE + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (!response.ok) {
          var error = new Error((json && json.error && json.error.message) || ('HTTP ' + response.status));
          error.status = response.status;
          error.retryAfter = Number(response.headers.get('Retry-After')) || 0;
          throw error;
        }
        return json;
      });
    });
  }

  var socket = null;
  var pollTimer = null;
  var refreshTimer = null;
  var reconnectDelay = 1000;
  var socketFailures = 0;
  var polling = false;
  var connected = false;

  function startConversation() {
    session = { userId: session.userId, open: session.open };
    return request('POST', BOT + '/api/directline/token').then(function (grant) {
      session.token = grant.token;
      return request('POST', '/conversations', { user: { id: session.userId } });
    }).then(function (conversation) {
      session.conversationId = conversation.conversationId;
      session.token = conversation.token;
      session.watermark = '';
      saveSession();
      return conversation.streamUrl;
    });
  }

  // After a reload: read the history back, then stream from where it ends.
  function resumeConversation() {
    return request('GET', '/conversations/' + encodeURIComponent(session.conversationId) + '/activities?watermark=')
      .then(function (set) {
        receive(set, true);
        return request('GET', '/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=' + encodeURIComponent(session.watermark || ''));
      })
      .then(function (conversation) {
        session.token = conversation.token || session.token;
        saveSession();
        return conversation.streamUrl;
      });
  }

  function connect() {
    setStatus('Connecting…');
    var start = session.conversationId && session.token ? resumeConversation() : startConversation();
    return start.catch(function (error) {
      if (session.conversationId && (error.status === 403 || error.status === 404)) {
        // The old conversation expired: start a new one.
        clearTranscript();
        return startConversation();
      }
      throw error;
    }).then(function (streamUrl) {
      connected = true;
      scheduleRefresh();
      openStream(streamUrl);
    }).catch(function (error) {
      setStatus(error.status === 429 ? 'Too many chats started from here; please try again in a minute.' : 'Cannot reach the chat right now. Retrying…');
      setTimeout(connect, Math.max(5000, (error.retryAfter || 0) * 1000));
    });
  }

  function openStream(streamUrl) {
    if (polling || !('WebSocket' in window) || !streamUrl) { startPolling(); return; }
    var opened = false;
    var ws;
    try { ws = new WebSocket(streamUrl); } catch (e) { startPolling(); return; }
    socket = ws;
    ws.onopen = function () { opened = true; socketFailures = 0; reconnectDelay = 1000; setStatus(''); };
    ws.onmessage = function (event) {
      if (!event.data) { return; } // keep-alive
      try { receive(JSON.parse(event.data), false); } catch (e) { /* not an ActivitySet: ignore */ }
    };
    ws.onclose = function () {
      if (socket !== ws) { return; }
      socket = null;
      if (!opened) { socketFailures++; }
      // WebSockets blocked (a proxy, a firewall): fall back to polling for good.
      if (socketFailures >= 2) { startPolling(); return; }
      setStatus('Reconnecting…');
      setTimeout(reconnect, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, 15000);
    };
  }

  function reconnect() {
    request('GET', '/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=' + encodeURIComponent(session.watermark || ''))
      .then(function (conversation) { session.token = conversation.token || session.token; saveSession(); openStream(conversation.streamUrl); })
      .catch(function (error) {
        if (error.status === 403 || error.status === 404) { session.conversationId = null; connect(); return; }
        setTimeout(reconnect, reconnectDelay);
        reconnectDelay = Math.min(reconnectDelay * 2, 15000);
      });
  }

  function startPolling() {
    polling = true;
    setStatus('');
    if (pollTimer) { return; }
    var poll = function () {
      request('GET', '/conversations/' + encodeURIComponent(session.conversationId) + '/activities?watermark=' + encodeURIComponent(session.watermark || ''))
        .then(function (set) { receive(set, false); })
        .catch(function (error) { if (error.status === 403 || error.status === 404) { stopPolling(); session.conversationId = null; connect(); } })
        .then(function () { if (pollTimer) { pollTimer = setTimeout(poll, POLL_MS); } });
    };
    pollTimer = setTimeout(poll, 0);
  }
  function stopPolling() { clearTimeout(pollTimer); pollTimer = null; polling = false; }
  function pollSoon() { if (pollTimer) { clearTimeout(pollTimer); pollTimer = setTimeout(function () { pollTimer = null; startPolling(); }, 250); } }

  // Tokens last 30 minutes; refresh well before, as directlinejs does.
  function scheduleRefresh() {
    clearInterval(refreshTimer);
    refreshTimer = setInterval(function () {
      request('POST', '/tokens/refresh').then(function (grant) { session.token = grant.token; saveSession(); }).catch(function () { /* next call will tell */ });
    }, 15 * 60 * 1000);
  }

  function post(activity) {
    activity.from = { id: session.userId, role: 'user' };
    activity.channelId = 'webchat';
    activity.locale = navigator.language || 'en-US';
    activity.channelData = activity.channelData || {};
    activity.channelData.clientActivityID = activity.channelData.clientActivityID || ('c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8));
    return request('POST', '/conversations/' + encodeURIComponent(session.conversationId) + '/activities', activity)
      .then(function (result) { pollSoon(); return result; });
  }

  // ---------- what arrives ----------

  var seen = {};
  var pending = {};
  var typingTimer = null;

  function receive(set, fromHistory) {
    if (!set) { return; }
    (set.activities || []).forEach(function (activity) { show(activity, fromHistory); });
    if (set.watermark) { session.watermark = set.watermark; saveSession(); }
  }

  function show(activity, fromHistory) {
    var fromUser = activity.from && (activity.from.role === 'user' || activity.from.id === session.userId);
    if (activity.type === 'typing') { if (!fromUser) { showTyping(true); } return; }
    if (activity.type !== 'message' || !activity.id || seen[activity.id]) { return; }
    seen[activity.id] = true;
    var channelData = activity.channelData || {};
    if (fromUser) {
      var local = pending[channelData.clientActivityID];
      if (local) { local.classList.remove('cb-sending'); local.removeAttribute('aria-busy'); delete pending[channelData.clientActivityID]; return; }
      if (channelData.postBack || !activity.text) { return; }
      appendMessage('user', renderText(activity.text, 'plain'));
      return;
    }
    showTyping(false);
    var item = appendMessage('bot', botMessage(activity), fromHistory);
    showSuggestions(activity);
    reveal(item);
  }

  function entity(activity, type) {
    return (activity.entities || []).filter(function (e) { return e && e.type === type; })[0];
  }

  function botMessage(activity) {
    var body = el('div', 'cb-body');
    var citations = entity(activity, 'https://schema.org/Message');
    var text = activity.text || '';
    var sourcesLabel = 'Sources';
    if (citations && citations.citation && citations.citation.length) {
      // The text ends with a one-line list of sources; the structured list below replaces it.
      var line = /\n\n_?([^\n:]{1,40}): \[1\][^\n]*_?\s*$/.exec(text);
      if (line) { sourcesLabel = line[1]; text = text.slice(0, line.index); }
    }
    body.appendChild(renderText(text, activity.textFormat));
    if (citations && citations.citation && citations.citation.length) { body.appendChild(sourcesList(sourcesLabel, citations.citation)); }
    (activity.attachments || []).forEach(function (attachment) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive' && entity(activity, 'careerbot.answer')) { return; } // shown from the entities
      body.appendChild(renderAttachment(attachment));
    });
    var answer = entity(activity, 'careerbot.answer');
    if (answer && answer.kind === 'answer' && answer.answerId) { body.appendChild(feedbackButtons(answer)); }
    return body;
  }

  function sourcesList(label, citations) {
    var box = el('div', 'cb-sources');
    box.appendChild(el('p', 'cb-sources-label', label));
    var list = el('ol', 'cb-sources-list');
    citations.slice().sort(function (a, b) { return (a.position || 0) - (b.position || 0); }).forEach(function (claim) {
      var doc = claim.appearance || {};
      var item = el('li');
      item.appendChild(el('span', 'cb-source-name', doc.name || ''));
      if (doc.abstract) { item.appendChild(document.createTextNode(' — ' + doc.abstract)); }
      if (doc.url && safeUrl(doc.url)) { item.appendChild(document.createTextNode(' ')); item.appendChild(link(doc.url, 'link')); }
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function feedbackButtons(answer) {
    var group = el('div', 'cb-feedback');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Was this answer helpful?');
    group.appendChild(el('span', 'cb-feedback-label', 'Was this helpful?'));
    // Words, not 👍/👎: they read the same everywhere, screen readers included, and need no emoji font.
    [['up', 'Yes', 'Helpful'], ['down', 'No', 'Not helpful']].forEach(function (choice) {
      var button = el('button', 'cb-feedback-button');
      button.type = 'button';
      button.setAttribute('aria-label', choice[2]);
      button.setAttribute('aria-pressed', 'false');
      button.textContent = choice[1];
      button.addEventListener('click', function () {
        Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) { b.setAttribute('aria-pressed', String(b === button)); });
        post({ type: 'message', value: { careerbot: 'feedback', answerId: answer.answerId, entryId: answer.id || null, rating: choice[0] }, channelData: { postBack: true } })
          .catch(function () { button.setAttribute('aria-pressed', 'false'); });
      });
      group.appendChild(button);
    });
    return group;
  }

  // Cards other than our answer card: their text and buttons, nothing else.
  function renderAttachment(attachment) {
    var box = el('div', 'cb-card');
    var card = attachment.content || {};
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
      box.appendChild(el('p', null, attachment.name ? 'Attachment: ' + attachment.name : 'An attachment this chat cannot show.'));
      return box;
    }
    (function walk(items) {
      (items || []).forEach(function (item) {
        if (!item) { return; }
        if (item.type === 'TextBlock' && item.text) { box.appendChild(renderText(item.text, 'markdown')); }
        walk(item.items);
        (item.columns || []).forEach(function (column) { walk(column.items); });
      });
    })(card.body);
    (card.actions || []).forEach(function (action) {
      if (action.type === 'Action.OpenUrl' && safeUrl(action.url)) { box.appendChild(link(action.url, action.title || action.url)); return; }
      if (action.type !== 'Action.Submit') { return; }
      var button = el('button', 'cb-suggestion', action.title || 'Submit');
      button.type = 'button';
      button.addEventListener('click', function () {
        if (typeof action.data === 'string') { sendText(action.data); } else { post({ type: 'message', value: action.data || {}, channelData: { postBack: true } }); }
      });
      box.appendChild(button);
    });
    return box;
  }

  // ---------- safe Markdown: DOM nodes only, never innerHTML ----------

  function renderText(text, format) {
    var container = el('div', 'cb-text');
    if (format === 'plain' || format === 'xml') {
      text.split(/\n{2,}/).forEach(function (para) { container.appendChild(paragraph(para, false)); });
      return container;
    }
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    var i = 0;
    while (i < lines.length) {
      var line = lines[i];
      if (!line.trim()) { i++; continue; }
      if (/^\s*[-*•]\s+/.test(line) || /^\s*\d+[.)]\s+/.test(line)) {
        var ordered = /^\s*\d+[.)]\s+/.test(line);
        var list = el(ordered ? 'ol' : 'ul');
        while (i < lines.length && (ordered ? /^\s*\d+[.)]\s+/ : /^\s*[-*•]\s+/).test(lines[i])) {
          var item = el('li');
          appendInline(item, lines[i].replace(/^\s*(?:[-*•]|\d+[.)])\s+/, ''));
          list.appendChild(item);
          i++;
        }
        container.appendChild(list);
        continue;
      }
      if (/^\s*\|.*\|\s*$/.test(line)) {
        var rows = [];
        while (i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i])) { rows.push(lines[i]); i++; }
        container.appendChild(table(rows));
        continue;
      }
      var heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
      if (heading) { var h = el('p', 'cb-heading'); appendInline(h, heading[1]); container.appendChild(h); i++; continue; }
      var para = [];
      while (i < lines.length && lines[i].trim() && !/^\s*([-*•]|\d+[.)])\s+/.test(lines[i]) && !/^\s*\|.*\|\s*$/.test(lines[i]) && !/^\s*#{1,6}\s/.test(lines[i])) {
        para.push(lines[i]); i++;
      }
      container.appendChild(paragraph(para.join('\n'), true));
    }
    return container;
  }

  function paragraph(text, markdown) {
    var p = el('p');
    text.split('\n').forEach(function (line, index) {
      if (index > 0) { p.appendChild(el('br')); }
      if (markdown) { appendInline(p, line); } else { p.appendChild(document.createTextNode(line)); }
    });
    return p;
  }

  function table(rows) {
    var cells = function (row) { return row.trim().replace(/^\||\|$/g, '').split('|').map(function (c) { return c.trim(); }); };
    var wrap = el('div', 'cb-table-wrap');
    var t = el('table');
    var body = rows;
    if (rows.length > 1 && /^[\s|:-]+$/.test(rows[1])) {
      var head = el('thead');
      var tr = el('tr');
      cells(rows[0]).forEach(function (c) { var th = el('th'); appendInline(th, c); tr.appendChild(th); });
      head.appendChild(tr);
      t.appendChild(head);
      body = rows.slice(2);
    }
    var tbody = el('tbody');
    body.forEach(function (row) {
      var tr2 = el('tr');
      cells(row).forEach(function (c) { var td = el('td'); appendInline(td, c); tr2.appendChild(td); });
      tbody.appendChild(tr2);
    });
    t.appendChild(tbody);
    wrap.appendChild(t);
    return wrap;
  }

  var INLINE = /(\*\*([^*]+)\*\*|__([^_]+)__|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])|(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,;:!?)])|https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

  function appendInline(parent, text) {
    var last = 0;
    var match;
    INLINE.lastIndex = 0;
    while ((match = INLINE.exec(text)) !== null) {
      var start = match.index;
      var lead = match[7] || match[9] || '';
      parent.appendChild(document.createTextNode(text.slice(last, start) + lead));
      if (match[2] || match[3]) { parent.appendChild(el('strong', null, match[2] || match[3])); }
      else if (match[4]) { parent.appendChild(el('code', null, match[4])); }
      else if (match[5]) { parent.appendChild(safeUrl(match[6]) ? link(match[6], match[5]) : document.createTextNode(match[5])); }
      else if (match[8]) { parent.appendChild(el('em', null, match[8])); }
      else if (match[10]) { parent.appendChild(el('em', null, match[10])); }
      else { parent.appendChild(safeUrl(match[0]) ? link(match[0], match[0]) : document.createTextNode(match[0])); }
      last = INLINE.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function safeUrl(url) {
    try { return ['http:', 'https:', 'mailto:'].indexOf(new URL(url, BOT).protocol) >= 0; } catch (e) { return false; }
  }

  function link(url, label) {
    var a = el('a', null, label);
    a.href = new URL(url, BOT).href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer nofollow';
    return a;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // ---------- the panel ----------

  var host = document.createElement('div');
  host.className = 'careerbot-widget';
  var shadow = host.attachShadow({ mode: 'open' });
  var stylesheet = el('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = BOT + '/widget.css';
  shadow.appendChild(stylesheet);

  var root = el('div', 'cb-root cb-' + options.position);
  root.hidden = true; // until the stylesheet is in, so nothing flashes unstyled
  if (options.color) { root.style.setProperty('--cb-accent', options.color); }
  stylesheet.addEventListener('load', function () { root.hidden = false; });
  stylesheet.addEventListener('error', function () { root.hidden = false; });

  var launcher = el('button', 'cb-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'cb-panel');
  launcher.appendChild(bubbleIcon());
  launcher.appendChild(el('span', 'cb-launcher-label', options.title));

  var panel = el('section', 'cb-panel');
  panel.id = 'cb-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'cb-title');

  var header = el('header', 'cb-header');
  var title = el('h2', 'cb-title', options.title);
  title.id = 'cb-title';
  var close = el('button', 'cb-close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close chat');
  close.textContent = '×';
  header.appendChild(title);
  header.appendChild(close);

  var greeting = el('p', 'cb-greeting', options.greeting);
  var status = el('p', 'cb-status');
  status.setAttribute('role', 'status');
  var log = el('div', 'cb-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'Conversation');
  log.tabIndex = 0;
  var typing = el('div', 'cb-typing');
  typing.hidden = true;
  typing.setAttribute('aria-label', options.title + ' is typing');
  typing.appendChild(el('span'));
  typing.appendChild(el('span'));
  typing.appendChild(el('span'));
  var suggestions = el('div', 'cb-suggestions');
  suggestions.setAttribute('role', 'group');
  suggestions.setAttribute('aria-label', 'Suggested questions');

  var form = el('form', 'cb-form');
  var label = el('label', 'cb-visually-hidden', 'Your question');
  label.htmlFor = 'cb-input';
  var input = el('textarea', 'cb-input');
  input.id = 'cb-input';
  input.rows = 1;
  input.maxLength = 4000;
  input.placeholder = 'Ask about ML engineering careers…';
  input.setAttribute('autocomplete', 'off');
  var send = el('button', 'cb-send');
  send.type = 'submit';
  send.setAttribute('aria-label', 'Send');
  send.appendChild(sendIcon());
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  var scroller = el('div', 'cb-scroller');
  scroller.appendChild(greeting);
  scroller.appendChild(log);
  scroller.appendChild(typing);
  scroller.appendChild(suggestions);

  panel.appendChild(header);
  panel.appendChild(status);
  panel.appendChild(scroller);
  panel.appendChild(form);
  root.appendChild(panel);
  root.appendChild(launcher);
  shadow.appendChild(root);

  function svg(path, size) {
    var ns = 'http://www.w3.org/2000/svg';
    var icon = document.createElementNS(ns, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', size);
    icon.setAttribute('height', size);
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    var p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path);
    p.setAttribute('fill', 'currentColor');
    icon.appendChild(p);
    return icon;
  }
  function bubbleIcon() { return svg('M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z', 24); }
  function sendIcon() { return svg('M3 20.5 21 12 3 3.5 3 10l12 2-12 2z', 20); }

  function setStatus(text) { status.textContent = text; status.hidden = !text; }

  function appendMessage(who, content, quiet) {
    var item = el('div', 'cb-message cb-' + who);
    var speaker = el('span', 'cb-visually-hidden', who === 'user' ? 'You said: ' : options.title + ' said: ');
    item.appendChild(speaker);
    item.appendChild(content);
    log.appendChild(item);
    if (!quiet) { scrollToEnd(); } else { requestAnimationFrame(scrollToEnd); }
    return item;
  }

  function scrollToEnd() { scroller.scrollTop = scroller.scrollHeight; }

  // A long answer is read from its first line: scroll it to the top rather than past it.
  function reveal(item) {
    scroller.scrollTop = item.offsetHeight > scroller.clientHeight - 48 ? item.offsetTop - 12 : scroller.scrollHeight;
  }

  function clearTranscript() { log.textContent = ''; suggestions.textContent = ''; seen = {}; pending = {}; }

  function showTyping(on) {
    clearTimeout(typingTimer);
    typing.hidden = !on;
    if (on) { typingTimer = setTimeout(function () { typing.hidden = true; }, TYPING_MS); scrollToEnd(); }
  }

  function showSuggestions(activity) {
    suggestions.textContent = '';
    var actions = (activity.suggestedActions && activity.suggestedActions.actions) || [];
    var to = activity.suggestedActions && activity.suggestedActions.to;
    if (to && to.length && to.indexOf(session.userId) < 0) { return; }
    actions.forEach(function (action) {
      if (action.type === 'openUrl' && safeUrl(action.value)) { suggestions.appendChild(link(action.value, action.title || action.value)); return; }
      if (action.type !== 'imBack' && action.type !== 'postBack' && action.type !== 'messageBack') { return; }
      var button = el('button', 'cb-suggestion', action.title || String(action.value));
      button.type = 'button';
      button.addEventListener('click', function () {
        if (action.type === 'imBack') { sendText(String(action.value)); return; }
        post({ type: 'message', text: action.text || (typeof action.value === 'string' ? action.value : undefined), value: typeof action.value === 'object' ? action.value : undefined, channelData: { postBack: action.type === 'postBack' } });
        suggestions.textContent = '';
      });
      suggestions.appendChild(button);
    });
  }

  function sendText(text) {
    text = text.trim();
    if (!text || !session.conversationId) { return; }
    suggestions.textContent = '';
    var clientActivityID = 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    var bubble = appendMessage('user', renderText(text, 'plain'));
    bubble.classList.add('cb-sending');
    bubble.setAttribute('aria-busy', 'true');
    pending[clientActivityID] = bubble;
    // The bot's own typing activity comes only over WebSocket and only for slow turns: show it locally until the answer.
    showTyping(true);
    post({ type: 'message', text: text, textFormat: 'plain', channelData: { clientActivityID: clientActivityID } })
      .then(function (result) { if (result && result.id) { seen[result.id] = true; } if (pending[clientActivityID]) { bubble.classList.remove('cb-sending'); bubble.removeAttribute('aria-busy'); delete pending[clientActivityID]; } })
      .catch(function (error) {
        delete pending[clientActivityID];
        bubble.classList.remove('cb-sending');
        bubble.classList.add('cb-failed');
        showTyping(false);
        var reason = error.status === 429 ? 'Too many messages at once — wait a moment and try again.'
          : error.status === 413 ? 'That message is too long to send.'
          : 'Not sent — check your connection and try again.';
        bubble.appendChild(el('p', 'cb-error', reason));
      });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    root.classList.add('cb-open');
    session.open = true;
    saveSession();
    if (!connected && !open.started) { open.started = true; connect(); }
    input.focus();
    scrollToEnd();
  }

  function closePanel() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    root.classList.remove('cb-open');
    session.open = false;
    saveSession();
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (panel.hidden) { open(); } else { closePanel(); } });
  close.addEventListener('click', closePanel);
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { closePanel(); } });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = '';
    autosize();
    sendText(text);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true })); }
  });
  function autosize() { input.style.height = 'auto'; input.style.height = Math.min(input.scrollHeight, 120) + 'px'; }
  input.addEventListener('input', autosize);

  function mount() {
    document.body.appendChild(host);
    // A reload keeps the conversation, and the panel open if it was.
    if (session.conversationId) { if (session.open) { open(); } else { open.started = true; connect(); } }
  }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
})();
