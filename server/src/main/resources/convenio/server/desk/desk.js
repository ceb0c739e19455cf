// The auditor's desk page: plain JavaScript over the service's /accounts API (docs/desk.md, docs/desk-web.md).
// No framework and no build step: the page is a few tables and one form dialog, served from the jar.
//
// Money is never computed here. The service writes money as decimal strings with two places ("1234.56"); the page
// only re-writes those strings as R$ 1.234,56 (string operations, no floating point), and every total it shows is one
// the service computed. What the auditor types as an amount or a percentage is turned into the API's decimal string
// by string operations too.
'use strict';

(function () {
  const T = JSON.parse(document.getElementById('desk-texts').textContent);
  const LANG = document.documentElement.lang;
  const TOKEN_KEY = 'convenio.desk.token';
  const AUDITOR_KEY = 'convenio.desk.auditor';
  const $ = (id) => document.getElementById(id);

  /** The text of key with {0}, {1}… filled, as the service's Messages does. */
  function t(key, ...args) {
    const s = T[key];
    if (s === undefined) return '‹' + key + '›';
    return s.replace(/\{(\d{1,3})\}/g, (m, n) => (n < args.length ? String(args[n]) : m));
  }

  // ---- formatting (strings in, strings out) ----

  /** "1234.56" → "R$ 1.234,56"; "-5.00" → "-R$ 5,00". The Real is written the Brazilian way in both languages. */
  function money(s) {
    if (s === null || s === undefined) return '';
    let v = String(s);
    const negative = v.startsWith('-');
    if (negative) v = v.slice(1);
    const dot = v.indexOf('.');
    const whole = dot < 0 ? v : v.slice(0, dot);
    let cents = dot < 0 ? '' : v.slice(dot + 1);
    while (cents.length < 2) cents += '0';
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return (negative ? '-' : '') + 'R$ ' + grouped + ',' + cents;
  }

  /** A JSON number such as 17.27 (a rate in percent, two places) → "17,27%". */
  function percent(n) {
    if (n === null || n === undefined) return '';
    const v = String(n);
    const dot = v.indexOf('.');
    let frac = dot < 0 ? '' : v.slice(dot + 1);
    while (frac.length < 2) frac += '0';
    return (dot < 0 ? v : v.slice(0, dot)) + ',' + frac + '%';
  }

  /** A quantity (a JSON number, maybe fractional) with the decimal comma. */
  function quantity(n) {
    return n === null || n === undefined ? '' : String(n).replace('.', ',');
  }

  /** "2025-03-10" → "10/03/2025" in Portuguese; ISO in English. */
  function date(s) {
    if (!s) return '';
    if (LANG !== 'pt-BR') return s;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? m[3] + '/' + m[2] + '/' + m[1] : s;
  }

  function dateTime(s) {
    if (!s) return '';
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(s);
    return m ? date(m[1]) + ' ' + m[2] + ' UTC' : s;
  }

  /**
   * What the auditor typed as money or a percentage → the API's decimal string ("1.234,56", "1234,56", "1234.56",
   * "R$ 150" → "1234.56", "150"), or null when it is not a number. A comma is the decimal separator; without one, dots
   * in groups of three are thousands (1.234), and a single other dot is decimal (12.5).
   */
  function decimalInput(text, places) {
    let s = String(text).replace(/R\$/g, '').replace(/\s/g, '');
    if (s === '') return null;
    if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
    const re = places === undefined ? /^\d+(\.\d+)?$/ : new RegExp('^\\d+(\\.\\d{1,' + places + '})?$');
    return re.test(s) ? s : null;
  }

  // ---- element helpers ----

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for' || k === 'role' || k === 'scope') {
        e.setAttribute(k, v);
      } else e[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function moneyCell(value, field) {
    return el('td', {class: 'money', 'data-field': field, 'data-value': value, text: money(value)});
  }

  /** The totals object of the result schema as a <dl>, each figure with its raw value in data-value. */
  function renderTotals(dl, totals) {
    dl.replaceChildren();
    for (const f of ['presented', 'raised', 'paid', 'glosed']) {
      dl.append(el('div', {'data-field': f},
        el('dt', {text: t('desk.col.' + f)}),
        el('dd', {class: 'money', 'data-value': totals[f], text: money(totals[f])})));
    }
    dl.append(el('div', {'data-field': 'glosaRate'},
      el('dt', {text: t('desk.col.rate')}),
      el('dd', {class: 'num', 'data-value': String(totals.glosaRate), text: percent(totals.glosaRate)})));
  }

  // ---- messages to the user ----

  function say(text) {
    $('status').textContent = text;
  }

  function fail(text) {
    if (text instanceof ApiFailure && text.status === 401) text = ''; // the token form says it
    else if (typeof text !== 'string') text = explain(text);
    const e = $('error');
    e.textContent = text;
    e.hidden = !text;
  }

  // ---- work in progress: body[data-busy] counts the actions running (the tests wait for 0) ----

  let running = 0;

  async function task(fn) {
    document.body.dataset.busy = String(++running);
    try {
      return await fn();
    } finally {
      document.body.dataset.busy = String(--running);
    }
  }

  // ---- the API ----

  class ApiFailure extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : t('desk.error.http', status));
      this.status = status;
      this.body = body || {};
    }
  }

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  /** Calls the API; 401 shows the token form, 503 busy is retried after Retry-After (three times). */
  async function api(method, path, body, type, as) {
    for (let attempt = 0; ; attempt++) {
      const headers = {};
      if (token()) headers['Authorization'] = 'Bearer ' + token();
      if (body !== undefined) headers['Content-Type'] = type || 'application/json';
      let r;
      try {
        r = await fetch(path, {method, headers, body, cache: 'no-store'});
      } catch (e) {
        throw new ApiFailure(0, {message: t('desk.error.network')});
      }
      if (r.ok) {
        if (as === 'text') return r.text();
        if (as === 'blob') return r.blob();
        return r.json();
      }
      let err = null;
      try {
        err = await r.json();
      } catch (e) {
        err = null;
      }
      if (r.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        showLogin();
      }
      if (r.status === 503 && err && err.error === 'busy' && attempt < 3) {
        const wait = parseInt(r.headers.get('Retry-After') || '1', 10);
        await new Promise((ok) => setTimeout(ok, 1000 * (isNaN(wait) ? 1 : wait)));
        continue;
      }
      throw new ApiFailure(r.status, err);
    }
  }

  function explain(e) {
    if (!(e instanceof ApiFailure)) return String(e && e.message ? e.message : e);
    let m = e.message;
    if (e.body.suggestions && e.body.suggestions.length) m += ' — ' + t('desk.error.suggestions', e.body.suggestions.join(', '));
    return m;
  }

  // ---- state and navigation (the location's hash, so the back button and bookmarks work) ----

  const state = {account: null, guide: null, item: null, summary: null, guides: [], guideData: null};

  function route() {
    const p = new URLSearchParams(location.hash.slice(1));
    return {account: p.get('account'), guide: p.get('guide'), item: p.get('item')};
  }

  /** A new address set by go() whose hashchange has not come yet: counted in data-busy until it has. */
  let navigating = false;

  function go(account, guide, item) {
    const p = new URLSearchParams();
    if (account) p.set('account', account);
    if (guide) p.set('guide', guide);
    if (item) p.set('item', item);
    const hash = p.toString();
    if (location.hash.slice(1) === hash) {
      show();
      return;
    }
    // The browser reports the new address later (hashchange), and the page changes then: till that moment the
    // navigation is work in progress, or a test waiting for data-busy 0 would read the page before it changed.
    if (!navigating) {
      navigating = true;
      document.body.dataset.busy = String(++running);
    }
    location.hash = hash;
  }

  function addressChanged() {
    const shown = show(); // task() counts itself running before its first await, so busy never reads 0 in between
    if (navigating) {
      navigating = false;
      document.body.dataset.busy = String(--running);
    }
    return shown;
  }

  function show() {
    return task(showNow);
  }

  async function showNow() {
    fail('');
    const r = route();
    try {
      if (!r.account) {
        state.account = state.guide = state.item = null;
        $('account').hidden = true;
        $('lotes').hidden = false;
        await loadLotes();
        return;
      }
      const accountChanged = r.account !== state.account;
      state.account = r.account;
      state.guide = r.guide;
      state.item = r.item;
      $('lotes').hidden = true;
      $('account').hidden = false;
      await loadAccount();
      if (accountChanged) $('account-h').focus();
    } catch (e) {
      fail(e);
    }
  }

  // ---- the lotes ----

  async function loadLotes() {
    const data = await api('GET', '/accounts');
    const body = $('lotes-table').tBodies[0];
    body.replaceChildren();
    for (const a of data.accounts) {
      const open = el('button', {type: 'button', class: 'link', text: a.lote,
        'aria-label': t('desk.lotes.open', a.lote)});
      open.addEventListener('click', () => go(a.id));
      body.append(el('tr', {'data-account': a.id},
        el('td', {}, open),
        el('td', {text: a.operatorAns}),
        el('td', {text: a.contract ? a.contract.id + ' v' + a.contract.version : ''}),
        el('td', {class: 'num', text: String(a.guides)}),
        el('td', {class: 'num', text: String(a.items)}),
        moneyCell(a.totals.presented, 'presented'),
        moneyCell(a.totals.paid, 'paid'),
        moneyCell(a.totals.glosed, 'glosed'),
        el('td', {class: 'num', text: String(a.operations)}),
        el('td', {text: dateTime(a.recordedAt)})));
    }
    $('lotes-empty').hidden = data.accounts.length > 0;
  }

  function upload(ev) {
    ev.preventDefault();
    return task(uploadNow);
  }

  async function uploadNow() {
    const file = $('upload-file').files[0];
    if (!file) return;
    const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'application/xml';
    try {
      const a = await api('POST', '/accounts', await file.arrayBuffer(), type);
      say(t('desk.upload.done', a.lote));
      go(a.id);
    } catch (e) {
      fail(e);
    }
  }

  // ---- one account ----

  async function loadAccount() {
    const [list, totals, guides] = await Promise.all([
      api('GET', '/accounts'),
      api('GET', '/accounts/' + state.account + '/totals'),
      api('GET', '/accounts/' + state.account + '/guides')]);
    state.summary = list.accounts.find((a) => a.id === state.account) || null;
    const s = state.summary;
    $('account-h').textContent = s ? t('desk.account.title', s.lote, s.operatorAns) : t('desk.account.title', '?', '?');
    $('account-contract').textContent = s && s.contract
      ? t('desk.account.contract', s.contract.id, s.contract.version) : '';
    renderTotals($('account-totals'), totals.totals);
    state.guides = guides.guides;
    renderGuides();
    if (state.guide) await loadGuide();
    else {
      $('guide').hidden = true;
      $('item').hidden = true;
    }
    if (!$('log').hidden) await loadLog();
  }

  function renderGuides() {
    const body = $('guides-table').tBodies[0];
    body.replaceChildren();
    for (const g of state.guides) {
      const open = el('button', {type: 'button', class: 'link', text: g.guide,
        'aria-label': t('desk.guides.open', g.guide), 'aria-current': g.guide === state.guide ? 'true' : null});
      open.addEventListener('click', () => go(state.account, g.guide));
      body.append(el('tr', {'data-guide': g.guide, class: g.guide === state.guide ? 'selected' : null},
        el('th', {scope: 'row'}, open),
        el('td', {text: g.type ? t('desk.type.' + g.type) : ''}),
        el('td', {class: 'num', text: String(g.items)}),
        moneyCell(g.totals.presented, 'presented'),
        moneyCell(g.totals.paid, 'paid'),
        moneyCell(g.totals.glosed, 'glosed'),
        el('td', {class: 'num', 'data-field': 'glosaRate', text: percent(g.totals.glosaRate)})));
    }
  }

  async function loadGuide() {
    const g = await api('GET', '/accounts/' + state.account + '/guides/' + encodeURIComponent(state.guide));
    state.guideData = g;
    $('guide').hidden = false;
    $('guide-h').textContent = t('desk.guide.title', g.guide, g.cardNumber || '');
    renderTotals($('guide-totals'), g.totals);
    const body = $('items-table').tBodies[0];
    body.replaceChildren();
    for (const i of g.items) {
      const selected = String(i.seq) === state.item;
      const open = el('button', {type: 'button', class: 'link', text: String(i.seq),
        'aria-label': t('desk.items.open', i.seq, i.code), 'aria-current': selected ? 'true' : null});
      open.addEventListener('click', () => go(state.account, state.guide, String(i.seq)));
      const codes = (i.glosas || []).map((x) => x.code + (x.manual ? '*' : '')).join(' ');
      body.append(el('tr', {'data-seq': String(i.seq), class: selected ? 'selected' : null},
        el('th', {scope: 'row'}, open),
        el('td', {text: i.code}),
        el('td', {text: i.description || ''}),
        el('td', {text: date(i.date)}),
        el('td', {class: 'num', 'data-field': 'quantity', text: quantity(i.quantity)}),
        moneyCell(i.presented, 'presented'),
        moneyCell(i.allowed, 'allowed'),
        moneyCell(i.paid, 'paid'),
        moneyCell(i.glosed, 'glosed'),
        el('td', {'data-field': 'glosas', text: codes,
          title: (i.glosas || []).map((x) => x.code + ' ' + (x.text || '')).join('\n')})));
    }
    const item = state.item ? g.items.find((i) => String(i.seq) === state.item) : null;
    if (item) await loadItem(item);
    else $('item').hidden = true;
  }

  async function loadItem(item) {
    $('item').hidden = false;
    $('item-h').textContent = t('desk.item.title', item.seq, item.code, item.description || '');
    const body = $('item-glosas').tBodies[0];
    body.replaceChildren();
    (item.glosas || []).forEach((g, n) => {
      const edit = el('button', {type: 'button', text: t('desk.glosas.edit'),
        'aria-label': t('desk.glosas.editN', n + 1, g.code)});
      edit.addEventListener('click', () => openOperation('edit-glosa', {glosa: n + 1}));
      const revert = el('button', {type: 'button', text: t('desk.glosas.revert'),
        'aria-label': t('desk.glosas.revertN', n + 1, g.code)});
      revert.addEventListener('click', () => openOperation('revert', {glosa: n + 1}));
      body.append(el('tr', {'data-glosa': String(n + 1)},
        el('td', {text: String(n + 1)}),
        el('td', {text: n === 0 ? t('desk.glosas.principal') : t('desk.glosas.complementary')}),
        el('td', {'data-field': 'code', text: g.code}),
        el('td', {class: 'num', text: quantity(g.quantity)}),
        moneyCell(g.value, 'value'),
        el('td', {text: g.text || ''}),
        el('td', {text: g.manual ? t('desk.glosas.manual') : (g.rule || '')}),
        el('td', {class: 'actions'}, edit, ' ', revert)));
    });
    $('item-no-glosas').hidden = (item.glosas || []).length > 0;
    $('trace').textContent = await api('GET', '/accounts/' + state.account + '/guides/'
      + encodeURIComponent(state.guide) + '/items/' + item.seq + '/trace', undefined, undefined, 'text');
  }

  function currentItem() {
    if (!state.guideData || !state.item) return null;
    return state.guideData.items.find((i) => String(i.seq) === state.item) || null;
  }

  // ---- the log ----

  async function loadLog() {
    const data = await api('GET', '/accounts/' + state.account + '/log');
    const list = $('log-list');
    list.replaceChildren();
    for (const e of data.operations) {
      const li = el('li', {'data-n': String(e.n), class: e.undone ? 'undone' : null,
        text: dateTime(e.at) + ' · ' + e.auditor + ' · ' + e.summary + (e.why ? ' — ' + e.why : '')
          + (e.undone ? ' (' + t('desk.log.undone') + ')' : '')});
      list.append(li);
    }
    if (!data.operations.length) list.append(el('li', {text: t('desk.log.empty')}));
  }

  function toggleLog() {
    return task(toggleLogNow);
  }

  async function toggleLogNow() {
    const open = $('log').hidden;
    $('log').hidden = !open;
    $('btn-log').setAttribute('aria-expanded', String(open));
    $('btn-log').textContent = open ? t('desk.log.hide') : t('desk.log.show');
    if (open) {
      try {
        await loadLog();
      } catch (e) {
        fail(e);
      }
    }
  }

  function demonstrativo() {
    return task(demonstrativoNow);
  }

  async function demonstrativoNow() {
    fail('');
    try {
      const blob = await api('GET', '/accounts/' + state.account + '/demonstrativo', undefined, undefined, 'blob');
      const a = el('a', {href: URL.createObjectURL(blob),
        download: 'demonstrativo-' + (state.summary ? state.summary.lote : state.account) + '.xml'});
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (e) {
      fail(e);
    }
  }

  // ---- operations: one dialog, its fields chosen by the operation ----

  const SELECTIONS = ['all', 'procedures', 'fees', 'matmed', 'opme', 'gases', 'date', 'code', 'codes'];
  let current = null; // {op, preset, returnFocus}

  function field(name, label, input, hint) {
    input.name = name;
    input.id = 'f-' + name;
    const parts = [el('label', {for: input.id, text: label}), input];
    if (hint) {
      const h = el('small', {id: 'f-' + name + '-hint', text: hint});
      input.setAttribute('aria-describedby', h.id);
      parts.push(h);
    }
    return el('p', {class: 'field'}, ...parts);
  }

  function codeField(value) {
    return field('code', t('desk.f.code'), el('input', {inputMode: 'numeric', maxLength: 4, size: 5,
      autocomplete: 'off', value: value || '', pattern: '[0-9]{4}'}), t('desk.f.code.hint'));
  }

  function textField(value) {
    return field('text', t('desk.f.text'), el('textarea', {rows: 2, cols: 50, value: value || ''}),
      t('desk.f.text.hint'));
  }

  function whyField() {
    return field('why', t('desk.f.why'), el('input', {size: 50, autocomplete: 'off'}));
  }

  function openOperation(op, preset) {
    fail('');
    const item = currentItem();
    const fields = $('op-fields');
    fields.replaceChildren();
    $('op-error').textContent = '';
    const glosas = item ? item.glosas || [] : [];
    $('op-title').textContent = op === 'revert' && preset && preset.glosa
      ? t('desk.glosas.revertN', preset.glosa, (glosas[preset.glosa - 1] || {}).code || '') : t('desk.op.' + op);
    $('op-target').textContent = op === 'group-glosa' || op === 'undo' || !item ? ''
      : t('desk.op.target', state.guide, item.seq, item.code, money(item.paid));
    switch (op) {
      case 'glosa-all':
        fields.append(codeField(), textField(), whyField());
        break;
      case 'glosa': {
        const units = el('input', {type: 'radio', name: 'mode', value: 'units', id: 'f-mode-units', checked: true});
        const amount = el('input', {type: 'radio', name: 'mode', value: 'amount', id: 'f-mode-amount'});
        fields.append(
          el('fieldset', {}, el('legend', {text: t('desk.f.mode')}),
            el('p', {}, units, el('label', {for: 'f-mode-units', text: t('desk.f.mode.units')}), ' ',
              amount, el('label', {for: 'f-mode-amount', text: t('desk.f.mode.amount')}))),
          field('units', t('desk.f.units'), el('input', {type: 'number', min: 1, step: 1, size: 6, value: '1'})),
          field('amount', t('desk.f.amount'), el('input', {inputMode: 'decimal', size: 12, autocomplete: 'off'}),
            t('desk.f.amount.hint')),
          codeField(), textField(), whyField());
        const sync = () => {
          $('f-units').disabled = !units.checked;
          $('f-amount').disabled = units.checked;
        };
        units.addEventListener('change', sync);
        amount.addEventListener('change', sync);
        sync();
        break;
      }
      case 'edit-glosa': {
        const g = glosas[preset.glosa - 1] || {};
        fields.append(
          el('p', {text: t('desk.f.editing', preset.glosa, g.code || '', money(g.value))}),
          codeField(g.code),
          field('amount', t('desk.f.amount'), el('input', {inputMode: 'decimal', size: 12, autocomplete: 'off',
            value: g.value ? money(g.value).replace('R$ ', '') : ''}), t('desk.f.amount.hint')),
          textField(g.text), whyField());
        break;
      }
      case 'revert':
        fields.append(el('p', {text: preset && preset.glosa
          ? t('desk.f.revertOne', preset.glosa, (glosas[preset.glosa - 1] || {}).code || '')
          : t('desk.f.revertAll')}), whyField());
        break;
      case 'revert-table':
        fields.append(el('p', {text: t('desk.f.revertTable')}), whyField());
        break;
      case 'split':
        fields.append(field('days', t('desk.f.days'), el('input', {type: 'number', min: 1, step: 1, size: 4,
          value: item ? String(item.quantity) : ''}), t('desk.f.days.hint')), whyField());
        break;
      case 'group-glosa': {
        const box = el('fieldset', {id: 'f-guides'}, el('legend', {text: t('desk.f.guides')}));
        for (const g of state.guides) {
          const id = 'f-guide-' + g.guide.replace(/[^A-Za-z0-9_-]/g, '_');
          box.append(el('span', {class: 'check'},
            el('input', {type: 'checkbox', name: 'guides', value: g.guide, id,
              checked: !state.guide || g.guide === state.guide}),
            el('label', {for: id, text: g.guide})));
        }
        const select = el('select', {});
        for (const s of SELECTIONS) select.append(el('option', {value: s, text: t('desk.select.' + s)}));
        const value = el('input', {size: 24, autocomplete: 'off'});
        const sync = () => {
          const needs = ['date', 'code', 'codes'].includes(select.value);
          value.disabled = !needs;
          value.required = needs;
          $('f-selectValue-hint').textContent = needs ? t('desk.f.selectValue.' + select.value) : '';
        };
        select.addEventListener('change', sync);
        fields.append(box, field('select', t('desk.f.select'), select),
          field('selectValue', t('desk.f.selectValue'), value, ' '),
          field('percent', t('desk.f.percent'), el('input', {inputMode: 'decimal', size: 6, autocomplete: 'off'}),
            t('desk.f.percent.hint')),
          codeField(), textField(), whyField());
        sync();
        break;
      }
      default:
        return;
    }
    current = {op, preset: preset || {}, returnFocus: document.activeElement};
    $('op-dialog').showModal();
    const first = fields.querySelector('input:not([disabled]):not([type=radio]), select, textarea');
    if (first) first.focus();
  }

  function closeOperation() {
    const d = $('op-dialog');
    if (d.open) d.close();
  }

  $('op-dialog').addEventListener('close', () => {
    if (current && current.returnFocus && document.contains(current.returnFocus)) current.returnFocus.focus();
    current = null;
  });

  /** The operation's JSON from the dialog's fields, or a message saying which field is wrong. */
  function operationBody(op, preset, form) {
    const v = (name) => (form.elements[name] ? form.elements[name].value.trim() : '');
    const body = {op};
    if (op !== 'group-glosa' && op !== 'undo') {
      body.guide = state.guide;
      body.item = Number(state.item);
    }
    const code = () => {
      if (!/^\d{4}$/.test(v('code'))) throw new Error(t('desk.check.code'));
      body.code = v('code');
    };
    const text = () => {
      if (v('text')) body.text = v('text');
    };
    switch (op) {
      case 'glosa-all':
        code();
        text();
        break;
      case 'glosa':
        if ($('f-mode-units').checked) {
          if (!/^\d+$/.test(v('units')) || Number(v('units')) < 1) throw new Error(t('desk.check.units'));
          body.units = Number(v('units'));
        } else {
          const a = decimalInput(v('amount'), 2);
          if (a === null) throw new Error(t('desk.check.amount'));
          body.amount = a;
        }
        code();
        text();
        break;
      case 'edit-glosa': {
        body.glosa = preset.glosa;
        const g = (currentItem().glosas || [])[preset.glosa - 1] || {};
        if (v('code') !== (g.code || '')) code();
        const a = decimalInput(v('amount'), 2);
        if (v('amount') && a === null) throw new Error(t('desk.check.amount'));
        if (a !== null && a !== g.value) body.amount = a;
        if (v('text') !== (g.text || '')) body.text = v('text');
        if (!('code' in body) && !('amount' in body) && !('text' in body)) throw new Error(t('desk.check.nothing'));
        break;
      }
      case 'revert':
        if (preset.glosa) body.glosa = preset.glosa;
        break;
      case 'revert-table':
        break;
      case 'split':
        if (!/^\d+$/.test(v('days'))) throw new Error(t('desk.check.days'));
        body.days = Number(v('days'));
        break;
      case 'group-glosa': {
        body.guides = Array.from(form.querySelectorAll('input[name=guides]:checked')).map((c) => c.value);
        if (!body.guides.length) throw new Error(t('desk.check.guides'));
        const s = v('select');
        if (['date', 'code', 'codes'].includes(s)) {
          if (!v('selectValue')) throw new Error(t('desk.check.selectValue'));
          let val = v('selectValue');
          const d = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(val);
          if (s === 'date' && d) val = d[3] + '-' + d[2] + '-' + d[1];
          body.select = s + ':' + val;
        } else body.select = s;
        const p = decimalInput(v('percent'));
        if (p === null) throw new Error(t('desk.check.percent'));
        body.percent = p;
        code();
        text();
        break;
      }
      default:
        break;
    }
    if (v('why')) body.why = v('why');
    return body;
  }

  function auditor() {
    const a = $('auditor').value.trim();
    if (a) sessionStorage.setItem(AUDITOR_KEY, a);
    return a;
  }

  async function apply(op, body) {
    const who = auditor();
    if (!who) {
      closeOperation();
      fail(t('desk.check.auditor'));
      $('auditor').focus();
      return false;
    }
    body.auditor = who;
    const answer = await api('POST', '/accounts/' + state.account + '/operations', JSON.stringify(body));
    say(t('desk.op.done', answer.entry.n, answer.entry.summary));
    renderTotals($('account-totals'), answer.totals);
    // The item may be gone (an undone split); then the guide is shown without it.
    await loadAccount();
    if (state.item && !currentItem()) go(state.account, state.guide);
    return true;
  }

  function submitOperation(ev) {
    ev.preventDefault();
    return task(submitNow);
  }

  async function submitNow() {
    if (!current) return;
    const {op, preset} = current;
    let body;
    try {
      body = operationBody(op, preset, $('op-form'));
    } catch (e) {
      $('op-error').textContent = e.message;
      return;
    }
    $('op-submit').disabled = true;
    try {
      if (await apply(op, body)) closeOperation();
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) {
        closeOperation(); // the token form is behind the dialog: give the token, then apply again
        showLogin();
      } else $('op-error').textContent = explain(e);
    } finally {
      $('op-submit').disabled = false;
    }
  }

  function undo() {
    return task(undoNow);
  }

  async function undoNow() {
    fail('');
    try {
      await apply('undo', {op: 'undo'});
    } catch (e) {
      fail(e);
    }
  }

  // ---- the token ----

  function showLogin() {
    $('login').hidden = false;
    $('signout').hidden = true;
    $('token').focus();
  }

  function login(ev) {
    ev.preventDefault();
    const v = $('token').value.trim();
    if (!v) return;
    sessionStorage.setItem(TOKEN_KEY, v);
    $('token').value = '';
    $('login').hidden = true;
    $('signout').hidden = false;
    show();
  }

  function signout() {
    sessionStorage.removeItem(TOKEN_KEY);
    $('signout').hidden = true;
    say(t('desk.token.forgotten'));
  }

  // ---- wiring ----

  $('auditor').value = sessionStorage.getItem(AUDITOR_KEY) || '';
  $('auditor').addEventListener('change', auditor);
  $('signout').hidden = !token();
  $('signout').addEventListener('click', signout);
  $('login-form').addEventListener('submit', login);
  $('upload-form').addEventListener('submit', upload);
  $('btn-back').addEventListener('click', () => go());
  $('btn-group').addEventListener('click', () => openOperation('group-glosa'));
  $('btn-undo').addEventListener('click', undo);
  $('btn-log').addEventListener('click', toggleLog);
  $('btn-demonstrativo').addEventListener('click', demonstrativo);
  for (const b of document.querySelectorAll('#item-actions button')) {
    b.addEventListener('click', () => openOperation(b.dataset.op));
  }
  $('op-form').addEventListener('submit', submitOperation);
  $('op-cancel').addEventListener('click', closeOperation);
  window.addEventListener('hashchange', addressChanged);
  document.body.dataset.busy = '0';
  show();
})();
