/* commentguard review page.
 *
 * Safety rule: text that came from a comment (or any field of the labels file) reaches
 * the page only through textContent, createTextNode and setAttribute of data-* / class
 * values; never innerHTML, never an href, never an event-handler attribute.
 */
(function () {
  'use strict';

  const DATA = JSON.parse(document.getElementById('cg-data').textContent);
  const ROWS = DATA.rows;
  const POSTS = DATA.posts;
  const PAGE = DATA.pageSize || 200;
  const STORE_KEY = 'commentguard-report:' + DATA.reportId;

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  const fmt = (n) => n.toLocaleString('en');

  /* -- decisions ---------------------------------------------------------------- */
  // id -> "spam" | "ham"; a Map so an id like "__proto__" is just a key.
  const decisions = new Map();
  let storageOk = true;
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || '{}');
    if (saved && typeof saved === 'object') {
      for (const [id, label] of Object.entries(saved)) {
        if (label === 'spam' || label === 'ham') decisions.set(id, label);
      }
    }
  } catch (e) {
    storageOk = false;
  }
  function save() {
    if (!storageOk) return;
    try {
      if (decisions.size === 0) window.localStorage.removeItem(STORE_KEY);
      else window.localStorage.setItem(STORE_KEY, JSON.stringify(Object.fromEntries(decisions)));
    } catch (e) {
      storageOk = false; // private mode or quota: decisions still live in the page
    }
  }

  /* -- state ---------------------------------------------------------------------- */
  const state = { q: '', label: '', flag: '', post: '', decision: '', sort: '', page: 0, cursor: -1 };
  let view = ROWS.map((_, i) => i); // indices into ROWS after filtering and sorting
  let haystacks = null; // lower-cased search text per row, built on the first search

  function haystack(i) {
    if (haystacks === null) {
      haystacks = ROWS.map((r) => {
        const post = POSTS[r.post] || ['', ''];
        return [r.text || '', r.author || '', r.url || '', post[1], post[0], r.id].join('\n').toLowerCase();
      });
    }
    return haystacks[i];
  }

  let lastFilterMs = 0;

  function applyFilters(keepCursorRow) {
    const started = performance.now();
    const terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    const postIdx = state.post === '' ? -1 : Number(state.post);
    const out = [];
    for (let i = 0; i < ROWS.length; i++) {
      const r = ROWS[i];
      if (state.label && r.label !== state.label) continue;
      if (state.flag && !(r.flags && r.flags.includes(state.flag))) continue;
      if (postIdx >= 0 && r.post !== postIdx) continue;
      if (state.decision) {
        const d = decisions.get(r.id) || 'none';
        if (d !== state.decision) continue;
      }
      if (terms.length) {
        const h = haystack(i);
        if (!terms.every((t) => h.includes(t))) continue;
      }
      out.push(i);
    }
    if (state.sort === 'p-desc') out.sort((a, b) => (ROWS[b].p ?? -1) - (ROWS[a].p ?? -1) || a - b);
    else if (state.sort === 'p-asc') out.sort((a, b) => (ROWS[a].p ?? 2) - (ROWS[b].p ?? 2) || a - b);
    view = out;
    const pos = keepCursorRow === undefined ? -1 : view.indexOf(keepCursorRow);
    state.cursor = pos;
    state.page = pos >= 0 ? Math.floor(pos / PAGE) : 0;
    render();
    lastFilterMs = performance.now() - started;
  }

  /* -- highlighting ------------------------------------------------------------- */
  const escapeRe = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

  function evidenceRegex(row) {
    const terms = new Set();
    for (const reason of row.reasons || []) {
      for (const e of reason.evidence || []) {
        const t = String(e).trim();
        if (t.length >= 2) terms.add(t);
      }
    }
    if (!terms.size) return null;
    const sorted = Array.from(terms).sort((a, b) => b.length - a.length).slice(0, 50);
    try {
      return new RegExp(sorted.map(escapeRe).join('|'), 'giu');
    } catch (e) {
      return null;
    }
  }

  // Text with evidence wrapped in <mark>: text nodes and elements only.
  function highlighted(text, re) {
    const frag = document.createDocumentFragment();
    if (!re) {
      frag.appendChild(document.createTextNode(text));
      return frag;
    }
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (!m[0]) continue;
      if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      frag.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  /* -- rendering ---------------------------------------------------------------- */
  const tbody = $('rows');

  function pct(p) {
    return p === undefined || p === null ? '–' : p.toFixed(2);
  }

  function rowElement(i, pos) {
    const r = ROWS[i];
    const post = POSTS[r.post] || ['', ''];
    const tr = el('tr', 'row label-' + r.label);
    tr.dataset.index = String(i);
    tr.dataset.pos = String(pos);
    tr.dataset.id = r.id;

    const meta = el('td', 'col-meta');
    meta.appendChild(el('span', 'badge badge-' + r.label, r.label));
    meta.appendChild(el('div', 'prob', 'p = ' + pct(r.p)));
    if (r.mp !== undefined) meta.appendChild(el('div', 'muted small', 'model ' + pct(r.mp)));
    if (r.action) meta.appendChild(el('div', 'muted small', r.action));
    meta.appendChild(el('div', 'muted small id', '#' + r.id));
    tr.appendChild(meta);

    const body = el('td', 'col-comment');
    const who = el('div', 'who');
    who.appendChild(el('strong', 'author', r.author || '(no name)'));
    if (r.url) who.appendChild(el('span', 'url', r.url)); // shown as text, never a link
    body.appendChild(who);
    if (post[1] || post[0]) {
      const on = el('div', 'post muted');
      if (post[1]) {
        on.appendChild(document.createTextNode('on '));
        on.appendChild(el('em', null, post[1]));
        if (post[0]) on.appendChild(document.createTextNode(' · post ' + post[0]));
      } else {
        on.textContent = 'on post ' + post[0];
      }
      body.appendChild(on);
    }
    const text = el('div', 'text');
    if (r.text) {
      text.appendChild(highlighted(r.text, evidenceRegex(r)));
    } else {
      text.classList.add('muted');
      text.textContent = r.error ? 'error: ' + r.error : '(no text: pass --input EXPORT to join it)';
    }
    body.appendChild(text);
    if (r.cut || r.truncated) {
      const notes = [];
      if (r.cut) notes.push('text cut to ' + fmt(DATA.maxTextChars) + ' characters in this page');
      if (r.truncated) notes.push('only the start was analysed');
      body.appendChild(el('div', 'muted small', notes.join('; ')));
    }
    if (r.flags && r.flags.length) {
      const flags = el('div', 'flags');
      for (const f of r.flags) {
        const chip = el('button', 'chip', f);
        chip.type = 'button';
        chip.title = 'Show only comments flagged ' + f;
        chip.dataset.flag = f;
        flags.appendChild(chip);
      }
      body.appendChild(flags);
    }
    tr.appendChild(body);

    const why = el('td', 'col-reasons');
    if (r.reasons && r.reasons.length) {
      const ul = el('ul', 'reasons');
      for (const reason of r.reasons) {
        const li = el('li', reason.weight > 0 ? 'up' : reason.weight < 0 ? 'down' : 'flat');
        const sign = reason.weight > 0 ? '+' : '';
        li.appendChild(el('span', 'check', reason.check));
        li.appendChild(el('span', 'weight', ' (' + sign + Number(reason.weight).toFixed(2) + ') '));
        li.appendChild(document.createTextNode(reason.message));
        if (reason.evidence && reason.evidence.length) {
          const ev = el('span', 'evidence');
          for (const e of reason.evidence.slice(0, 8)) ev.appendChild(el('mark', null, e));
          li.appendChild(ev);
        }
        ul.appendChild(li);
      }
      why.appendChild(ul);
    } else {
      why.appendChild(el('span', 'muted', 'no reasons given'));
    }
    tr.appendChild(why);

    const decide = el('td', 'col-decide');
    const d = decisions.get(r.id);
    for (const label of ['spam', 'ham']) {
      const b = el('button', 'decide decide-' + label, label);
      b.type = 'button';
      b.dataset.decide = label;
      b.setAttribute('aria-pressed', d === label ? 'true' : 'false');
      decide.appendChild(b);
    }
    tr.appendChild(decide);
    if (d) tr.classList.add('decided-' + d);
    return tr;
  }

  function renderPager(box) {
    box.replaceChildren();
    const pages = Math.max(1, Math.ceil(view.length / PAGE));
    const first = view.length ? state.page * PAGE + 1 : 0;
    const last = Math.min(view.length, (state.page + 1) * PAGE);
    const prev = el('button', 'page-prev', '‹ prev');
    prev.type = 'button';
    prev.disabled = state.page === 0;
    prev.dataset.page = String(state.page - 1);
    const next = el('button', 'page-next', 'next ›');
    next.type = 'button';
    next.disabled = state.page >= pages - 1;
    next.dataset.page = String(state.page + 1);
    let info = 'Showing ' + fmt(first) + '–' + fmt(last) + ' of ' + fmt(view.length);
    if (view.length !== ROWS.length) info += ' (filtered from ' + fmt(ROWS.length) + ')';
    info += ' · page ' + fmt(state.page + 1) + ' of ' + fmt(pages);
    box.append(prev, el('span', 'page-info', info), next);
  }

  function render() {
    const start = state.page * PAGE;
    const frag = document.createDocumentFragment();
    const end = Math.min(view.length, start + PAGE);
    for (let pos = start; pos < end; pos++) frag.appendChild(rowElement(view[pos], pos));
    tbody.replaceChildren(frag);
    $('empty').hidden = view.length > 0;
    renderPager($('pager-top'));
    renderPager($('pager-bottom'));
    markCursor(false);
    updateDecisionBar();
  }

  function rowAt(pos) {
    return tbody.querySelector('tr[data-pos="' + pos + '"]');
  }

  function markCursor(scroll) {
    for (const tr of tbody.querySelectorAll('tr.cursor')) tr.classList.remove('cursor');
    const tr = state.cursor >= 0 ? rowAt(state.cursor) : null;
    if (tr) {
      tr.classList.add('cursor');
      if (scroll) tr.scrollIntoView({ block: 'nearest' });
    }
  }

  function moveTo(pos) {
    if (!view.length) return;
    pos = Math.max(0, Math.min(view.length - 1, pos));
    state.cursor = pos;
    const page = Math.floor(pos / PAGE);
    if (page !== state.page) {
      state.page = page;
      render();
    }
    markCursor(true);
  }

  function goPage(page) {
    const pages = Math.max(1, Math.ceil(view.length / PAGE));
    page = Math.max(0, Math.min(pages - 1, page));
    if (page === state.page) return;
    state.page = page;
    state.cursor = view.length ? page * PAGE : -1;
    render();
    window.scrollTo(0, $('review').offsetTop);
  }

  /* -- deciding ------------------------------------------------------------------- */
  // A click on the pressed button takes the decision back (toggle); keys just set it.
  function decide(pos, label, toggle) {
    if (pos < 0 || pos >= view.length) return;
    const r = ROWS[view[pos]];
    if (label === null || (toggle && decisions.get(r.id) === label)) decisions.delete(r.id);
    else decisions.set(r.id, label);
    save();
    // Rows sharing the id on this page are updated too.
    for (const tr of tbody.querySelectorAll('tr.row')) {
      if (tr.dataset.id !== r.id) continue;
      const d = decisions.get(r.id);
      tr.classList.remove('decided-spam', 'decided-ham');
      if (d) tr.classList.add('decided-' + d);
      for (const b of tr.querySelectorAll('button.decide')) {
        b.setAttribute('aria-pressed', b.dataset.decide === d ? 'true' : 'false');
      }
    }
    updateDecisionBar();
  }

  function updateDecisionBar() {
    let spam = 0;
    let ham = 0;
    for (const v of decisions.values()) {
      if (v === 'spam') spam++;
      else ham++;
    }
    const n = spam + ham;
    $('decision-count').textContent = n
      ? fmt(n) + ' decided: ' + fmt(spam) + ' spam, ' + fmt(ham) + ' ham' + (storageOk ? ' (kept in this browser)' : ' (not saved: download them)')
      : 'No decisions yet.';
    $('download').disabled = n === 0;
    $('clear-decisions').disabled = n === 0;
  }

  // The labelled-data file `commentguard train` and `commentguard feedback` read.
  function decisionsJsonl() {
    const seen = new Set();
    const lines = [];
    for (const r of ROWS) {
      const label = decisions.get(r.id);
      if (!label || seen.has(r.id)) continue;
      seen.add(r.id);
      const post = POSTS[r.post] || ['', ''];
      lines.push(
        JSON.stringify({
          id: r.id,
          label: label,
          content: r.text || '',
          author: r.author || '',
          author_url: r.url || '',
          post_id: post[0],
          post_title: post[1],
        })
      );
    }
    return lines.length ? lines.join('\n') + '\n' : '';
  }

  function download() {
    const blob = new Blob([decisionsJsonl()], { type: 'application/x-ndjson' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = DATA.downloadName || 'review.decisions.jsonl';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  /* -- filters -------------------------------------------------------------------- */
  function fillSelect(select, entries) {
    for (const [value, label] of entries) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      select.appendChild(o);
    }
  }

  function setupFilters() {
    const labels = new Map();
    const flags = new Map();
    const posts = new Map();
    for (const r of ROWS) {
      labels.set(r.label, (labels.get(r.label) || 0) + 1);
      for (const f of r.flags || []) flags.set(f, (flags.get(f) || 0) + 1);
      posts.set(r.post, (posts.get(r.post) || 0) + 1);
    }
    const order = ['unsure', 'spam', 'error', 'ham'];
    fillSelect(
      $('filter-label'),
      order.filter((l) => labels.has(l)).map((l) => [l, l + ' (' + fmt(labels.get(l)) + ')'])
    );
    fillSelect(
      $('filter-flag'),
      Array.from(flags.entries())
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([f, n]) => [f, f + ' (' + fmt(n) + ')'])
    );
    fillSelect(
      $('filter-post'),
      Array.from(posts.entries())
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([p, n]) => {
          const post = POSTS[p] || ['', ''];
          let name = post[1] || (post[0] ? 'post ' + post[0] : '(no post)');
          if (name.length > 70) name = name.slice(0, 69) + '…';
          return [String(p), name + ' (' + fmt(n) + ')'];
        })
    );

    const bind = (id, key) =>
      $(id).addEventListener('change', (ev) => {
        state[key] = ev.target.value;
        applyFilters();
      });
    bind('filter-label', 'label');
    bind('filter-flag', 'flag');
    bind('filter-post', 'post');
    bind('filter-decision', 'decision');
    bind('sort', 'sort');

    let timer = 0;
    $('search').addEventListener('input', (ev) => {
      clearTimeout(timer);
      const value = ev.target.value;
      timer = setTimeout(() => {
        state.q = value;
        applyFilters();
      }, ROWS.length > 5000 ? 200 : 60);
    });
  }

  function setFilter(kind, value) {
    const id = kind === 'flag' ? 'filter-flag' : kind === 'label' ? 'filter-label' : null;
    if (!id) return;
    const select = $(id);
    // Only values that exist as options (a summary count for rows not in the table does not).
    if (!Array.from(select.options).some((o) => o.value === value)) value = '';
    select.value = value;
    state[kind] = value;
    applyFilters();
    $('review').scrollIntoView({ block: 'start' });
  }

  /* -- events ----------------------------------------------------------------------- */
  tbody.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    if (!target) return;
    const tr = target.closest('tr.row');
    if (!tr) return;
    const pos = Number(tr.dataset.pos);
    const button = target.closest('button');
    if (button && button.dataset.decide) {
      state.cursor = pos;
      markCursor(false);
      decide(pos, button.dataset.decide, true);
    } else if (button && button.dataset.flag) {
      setFilter('flag', button.dataset.flag);
    } else if (!window.getSelection().toString()) {
      state.cursor = pos;
      markCursor(false);
    }
  });
  for (const box of [$('pager-top'), $('pager-bottom')]) {
    box.addEventListener('click', (ev) => {
      const b = ev.target instanceof Element ? ev.target.closest('button') : null;
      if (b && b.dataset.page !== undefined) goPage(Number(b.dataset.page));
    });
  }
  for (const b of document.querySelectorAll('#summary button.count')) {
    b.addEventListener('click', () => setFilter(b.dataset.kind, b.dataset.value));
  }
  $('download').addEventListener('click', download);
  $('clear-decisions').addEventListener('click', () => {
    if (!window.confirm('Forget all ' + decisions.size + ' decisions?')) return;
    decisions.clear();
    save();
    render();
  });

  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    const typing = t instanceof Element && t.matches('input, select, textarea, [contenteditable]');
    if (typing) {
      if (ev.key === 'Escape' || (ev.key === 'Enter' && t.id === 'search')) {
        t.blur();
        if (view.length && state.cursor < 0) moveTo(state.page * PAGE);
      }
      return;
    }
    const cur = state.cursor;
    switch (ev.key) {
      case 'j':
        moveTo(cur < 0 ? state.page * PAGE : cur + 1);
        break;
      case 'k':
        moveTo(cur < 0 ? state.page * PAGE : cur - 1);
        break;
      case 's':
      case 'h':
        if (cur < 0) return;
        decide(cur, ev.key === 's' ? 'spam' : 'ham');
        if (cur + 1 < view.length) moveTo(cur + 1);
        break;
      case 'u':
        if (cur >= 0) decide(cur, null);
        break;
      case 'n':
        goPage(state.page + 1);
        break;
      case 'p':
        goPage(state.page - 1);
        break;
      case '/':
        $('search').focus();
        $('search').select();
        break;
      default:
        return;
    }
    ev.preventDefault();
  });

  /* -- histogram log scale ---------------------------------------------------------- */
  const logBox = $('hist-log');
  if (logBox) {
    const bars = Array.from(document.querySelectorAll('svg.histogram rect.bar'));
    const base = bars.length ? Number(bars[0].getAttribute('y')) + Number(bars[0].getAttribute('height')) : 0;
    const plotH = (() => {
      const zone = document.querySelector('svg.histogram rect.zone');
      return zone ? Number(zone.getAttribute('height')) : 0;
    })();
    const counts = bars.map((b) => Number(b.dataset.n) || 0);
    const peak = Math.max(1, ...counts);
    logBox.addEventListener('change', () => {
      const log = logBox.checked;
      bars.forEach((b, i) => {
        const n = counts[i];
        const h = n <= 0 ? 0 : log ? (plotH * Math.log1p(n)) / Math.log1p(peak) : (plotH * n) / peak;
        b.setAttribute('height', h.toFixed(1));
        b.setAttribute('y', (base - h).toFixed(1));
      });
    });
  }

  /* -- start -------------------------------------------------------------------------- */
  setupFilters();
  applyFilters();
  document.documentElement.dataset.ready = 'true';
  // For tests and the console: read-only helpers, no way to inject markup.
  window.commentguardReport = Object.freeze({
    decisionsJsonl: decisionsJsonl,
    shown: () => view.length,
    lastFilterMs: () => lastFilterMs,
    total: () => ROWS.length,
  });
})();
