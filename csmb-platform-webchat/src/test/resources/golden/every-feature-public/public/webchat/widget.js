// The chat widget. A page embeds it with one tag, no build step and no framework:
//   <script src="https://chat.example.com/webchat/widget.js" defer></script>
// It loads its stylesheet, its texts (in the browser's language) and the socket.io client from the same server.
// Messages are shown with textContent, never as HTML, so nothing a visitor or the bot writes can run in the page.
/* global document, window, HTMLScriptElement */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || document.getElementById('csmb-webchat')) return;
  const server = new URL('/', script.src);
  // The visitor's token, signed by the server: it brings the visitor's conversation back after a reload.
  const TOKEN_KEY = `csmb-webchat:${server.origin}`;

  /**
   * One message of the conversation, as the server sends it.
   * @typedef {object} ChatLine
   * @property {string} role 'user' or 'bot'
   * @property {string} text
   */

  /**
   * Creates an element with attributes and children; text is always set as text.
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {(Node | string)[]} [children]
   */
  function element(tag, attributes = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  /** @param {string} src */
  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const tag = element('script', { src });
      tag.addEventListener('load', resolve);
      tag.addEventListener('error', () => reject(new Error(`cannot load ${src}`)));
      document.head.append(tag);
    });
  }

  async function boot() {
    document.head.append(element('link', { rel: 'stylesheet', href: new URL('webchat/widget.css', server).href }));
    const response = await fetch(new URL('webchat/strings.json', server), { headers: { Accept: 'application/json' } });
    const { locale, texts, maxBytes } = await response.json();

    const launcher = element('button', { type: 'button', class: 'csmb-wc-launcher', 'aria-expanded': 'false',
      'aria-controls': 'csmb-webchat-panel' }, [texts.open]);
    const log = element('ol', { class: 'csmb-wc-log', role: 'log', 'aria-live': 'polite', 'aria-label': texts.log,
      tabindex: '0' });
    const status = element('p', { class: 'csmb-wc-status', role: 'status' }, [texts.offline]);
    const input = element('textarea', { id: 'csmb-webchat-input', rows: '2', maxlength: '4000', autocomplete: 'off' });
    const send = element('button', { type: 'submit', class: 'csmb-wc-send' }, [texts.send]);
    const close = element('button', { type: 'button', class: 'csmb-wc-close', 'aria-label': texts.close }, ['×']);
    const form = element('form', { class: 'csmb-wc-form' }, [
      element('label', { for: 'csmb-webchat-input', class: 'csmb-wc-label' }, [texts.input]), input, send]);
    const file = element('input', { type: 'file', id: 'csmb-webchat-file', class: 'csmb-wc-file' });
    form.append(element('label', { for: 'csmb-webchat-file', class: 'csmb-wc-attach' }, [texts.attach]), file);
    const heading = element('h2', { id: 'csmb-webchat-title' }, [texts.title]);
    const panel = element('section', { id: 'csmb-webchat-panel', class: 'csmb-wc-panel', 'aria-labelledby':
      'csmb-webchat-title', hidden: '' }, [element('header', {}, [heading, close]), log, status, form]);
    const root = element('div', { id: 'csmb-webchat', class: 'csmb-wc', lang: locale }, [panel, launcher]);
    document.body.append(root);

    /** @param {boolean} open */
    function toggle(open) {
      panel.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      (open ? input : launcher).focus();
    }
    launcher.addEventListener('click', () => toggle(panel.hidden));
    close.addEventListener('click', () => toggle(false));
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !panel.hidden) toggle(false);
    });

    /**
     * Adds one message to the conversation.
     * @param {ChatLine} message
     */
    function show(message) {
      const who = element('span', { class: 'csmb-wc-who' }, [`${message.role === 'user' ? texts.you : texts.bot}: `]);
      const text = element('span', { class: 'csmb-wc-text' });
      text.textContent = message.text;
      log.append(element('li', { class: `csmb-wc-msg csmb-wc-${message.role === 'user' ? 'user' : 'bot'}` }, [who, text]));
      log.scrollTop = log.scrollHeight;
    }

    await loadScript(new URL('socket.io/socket.io.min.js', server).href);
    const socket = /** @type {any} */ (window).io(server.origin, {
      // A function, so every reconnection presents the latest token.
      auth: (/** @type {(data: object) => void} */ callback) =>
        callback({ visitorToken: localStorage.getItem(TOKEN_KEY) ?? '', locale: navigator.language }),
    });
    socket.on('welcome', (/** @type {any} */ welcome) => {
      localStorage.setItem(TOKEN_KEY, welcome.visitorToken);
      log.replaceChildren();
      welcome.history.forEach(show);
      status.textContent = '';
      root.dataset.state = 'ready';
    });
    socket.on('chat', (/** @type {ChatLine[]} */ messages) => messages.forEach(show));
    socket.on('disconnect', () => {
      status.textContent = texts.offline;
    });
    socket.on('connect_error', (/** @type {Error} */ error) => {
      status.textContent = error.message === 'unauthorized' || !socket.active ? texts.refused : texts.offline;
    });

    /**
     * Sends one event and shows the replies the server acknowledges with.
     * @param {string} event
     * @param {unknown} payload
     */
    async function exchange(event, payload) {
      try {
        const replies = await socket.timeout(30_000).emitWithAck(event, payload);
        replies.forEach((/** @type {string} */ text) => show({ role: 'bot', text }));
      } catch {
        status.textContent = texts.offline;
      }
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (text === '') return;
      input.value = '';
      show({ role: 'user', text });
      void exchange('message', text);
    });
    // Enter sends, Shift+Enter starts a new line.
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (!chosen) return;
      if (chosen.size > maxBytes) return show({ role: 'bot', text: texts.tooLarge });
      void exchange('upload', { name: chosen.name, type: chosen.type, data: await chosen.arrayBuffer() });
    });
  }

  const start = () => void boot().catch((error) => console.error('csmb webchat:', error));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
