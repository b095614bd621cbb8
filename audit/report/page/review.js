/* The review page's script (report/review_page.py inlines it). It reads the
   JSON in #data, draws the rows that are on screen, and keeps the reviewer's
   decisions in localStorage until they are exported as a decisions file.
   Corpus text only ever reaches the page through esc(): it may hold markup,
   a closing script tag or bidi controls. (This file must never hold the
   closing tag itself: review_page.py refuses to inline it.) */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('data').textContent);
  var F = DATA.findings, SETS = DATA.sets, ID = DATA.identity, CONCEPTS = DATA.concepts;
  var STORE = 'term-collapse-audit:' + ID.digest + ':' + ID.written;
  var EMPTY = ['', '', ''];
  var $ = function (id) { return document.getElementById(id); };

  // --- escaping -----------------------------------------------------------
  var ENT = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var BIDI_NAMES = { 0x061C: 'ALM', 0x200E: 'LRM', 0x200F: 'RLM', 0x202A: 'LRE', 0x202B: 'RLE', 0x202C: 'PDF',
    0x202D: 'LRO', 0x202E: 'RLO', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI' };
  var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  // Text as markup-free HTML; bidi controls are shown, not obeyed, so text
  // cannot reorder what stands around it on screen.
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return ENT[c]; })
      .replace(BIDI, function (c) {
        var code = c.charCodeAt(0);
        return '<span class="ctl" title="U+' + code.toString(16).toUpperCase() + '">' + BIDI_NAMES[code] + '</span>';
      });
  }
  function markAt(text, at, cls) {
    text = String(text || '');
    if (!at) return esc(text);
    return esc(text.slice(0, at[0])) + '<mark class="' + cls + '">' + esc(text.slice(at[0], at[1])) + '</mark>' + esc(text.slice(at[1]));
  }
  function markFirst(text, word, cls) {
    text = String(text || ''); word = String(word || '');
    var i = word ? text.toLowerCase().indexOf(word.toLowerCase()) : -1;
    if (i < 0 || text.toLowerCase().length !== text.length) i = word ? text.indexOf(word) : -1;
    if (i < 0) return esc(text);
    return esc(text.slice(0, i)) + '<mark class="' + cls + '">' + esc(text.slice(i, i + word.length)) + '</mark>' +
      esc(text.slice(i + word.length));
  }

  // --- decisions ------------------------------------------------------------
  var initial = DATA.decisions || {};
  var touched = {};            // id -> [decision, edited, comment] changed in this browser
  var undo = [];
  var storageOk = true;
  try {
    var saved = JSON.parse(window.localStorage.getItem(STORE) || '{}');
    if (saved && typeof saved.touched === 'object' && saved.touched) {
      Object.keys(saved.touched).forEach(function (id) {
        var v = saved.touched[id];
        if (Array.isArray(v) && v.length === 3 && v.every(function (x) { return typeof x === 'string'; })) touched[id] = v;
      });
    }
  } catch (e) { storageOk = false; }
  function state(fno) { var id = F[fno].id; return touched[id] || initial[id] || EMPTY; }
  function save() {
    if (!storageOk) return;
    try { window.localStorage.setItem(STORE, JSON.stringify({ touched: touched })); }
    catch (e) { storageOk = false; toast('This browser does not keep the decisions: export them before closing the page'); }
  }
  function setState(fno, value) {
    var before = state(fno);
    if (before[0] === value[0] && before[1] === value[1] && before[2] === value[2]) return false;
    undo.push({ fno: fno, before: before });
    touched[F[fno].id] = value;
    save();
    redraw(fno);
    counts();
    return true;
  }

  // --- order and filters ----------------------------------------------------
  var order = F.map(function (f, i) { return i; });
  var startOf = F.map(function () { return 0; });
  SETS.forEach(function (set, s) {
    set.rows.forEach(function (row, r) {
      row[2].forEach(function (cell) {
        var sp = cell[1];
        for (var i = 0; i < sp.length; i += 4) if (sp[i + 3] >= 0) startOf[sp[i + 3]] = sp[i];
      });
    });
  });
  function place(i) { var f = F[i]; return [f.set, f.row < 0 ? 1e12 : f.row, f.col, startOf[i], i]; }
  order.sort(function (a, b) {
    var pa = place(a), pb = place(b);
    for (var k = 0; k < pa.length; k++) if (pa[k] !== pb[k]) return pa[k] - pb[k];
    return 0;
  });
  var rank = []; order.forEach(function (fno, k) { rank[fno] = k; });
  var rowFindings = SETS.map(function (set) { return set.rows.map(function () { return []; }); });
  F.forEach(function (f, i) { if (f.set >= 0 && f.row >= 0) rowFindings[f.set][f.row].push(i); });

  var FILTERS = [
    ['f-lang', 'language', function (f) { return f.lang; }, function (f) { return f.language + ' (' + f.lang + ')'; }],
    ['f-file', 'file', function (f) { return f.set + '/' + f.file; }, function (f) { return (SETS[f.set] ? SETS[f.set].name + ' / ' : '') + f.file; }],
    ['f-kind', 'kind', function (f) { return f.kind; }, function (f) { return f.kind; }],
    ['f-severity', 'severity', function (f) { return f.severity; }, function (f) { return f.severity; }]
  ];
  var want = {};
  FILTERS.forEach(function (spec) {
    var sel = $(spec[0]), seen = {}, opts = '<option value="">all</option>';
    F.forEach(function (f) {
      var v = spec[2](f);
      if (!(v in seen)) { seen[v] = 1; opts += '<option value="' + esc(v) + '">' + esc(spec[3](f)) + '</option>'; }
    });
    sel.innerHTML = opts;
    sel.addEventListener('change', function () { want[spec[1]] = sel.value; sel.blur(); refilter(); });
  });
  var DECISION_FILTERS = [['', 'all'], ['open', 'no decision'], ['accept', 'accepted'], ['reject', 'rejected'],
    ['edit', 'edited'], ['comment', 'with a comment']];
  $('f-decision').innerHTML = DECISION_FILTERS.map(function (d) { return '<option value="' + d[0] + '">' + d[1] + '</option>'; }).join('');
  $('f-decision').addEventListener('change', function () { want.decision = $('f-decision').value; $('f-decision').blur(); refilter(); });
  $('f-rows').addEventListener('change', function () { $('f-rows').blur(); refilter(); });

  function matchesBut(fno, skipDecision) {
    var f = F[fno];
    for (var k = 0; k < FILTERS.length; k++) {
      var w = want[FILTERS[k][1]];
      if (w && FILTERS[k][2](f) !== w) return false;
    }
    if (skipDecision || !want.decision) return true;
    var st = state(fno);
    if (want.decision === 'open') return !st[0];
    if (want.decision === 'comment') return !!st[2];
    return st[0] === want.decision;
  }
  function matches(fno) { return matchesBut(fno, false); }

  // --- counts ------------------------------------------------------------------
  function counts() {
    var shown = 0, by = { open: 0, accept: 0, reject: 0, edit: 0 }, sev = {}, all = 0;
    for (var i = 0; i < F.length; i++) {
      if (!matchesBut(i, true)) continue;
      all++;
      var d = state(i)[0];
      by[d in by ? d : 'open']++;
      if (matches(i)) { shown++; sev[F[i].severity] = (sev[F[i].severity] || 0) + 1; }
    }
    var sevText = Object.keys(sev).sort().map(function (s) { return sev[s] + ' ' + s; }).join(', ');
    $('counts').innerHTML = '<b id="c-shown">' + shown + '</b> of ' + F.length + ' findings shown' +
      (sevText ? ' (' + esc(sevText) + ')' : '') + ' · <b id="c-open">' + by.open + '</b> open · <b id="c-accept">' +
      by.accept + '</b> accepted · <b id="c-reject">' + by.reject + '</b> rejected · <b id="c-edit">' + by.edit + '</b> edited';
  }

  // --- the rows: drawn in chunks, only near the screen ------------------------
  var CHUNK = 40;
  var items = [];              // [set, row] with row -1 for a set's heading
  var chunks = [];             // {el, from, to, drawn, height}
  var showAll = false;
  var cur = -1;
  var doc = $('doc'), holder = $('chunks');

  function gridStyle(set) { return (set.units ? ' units' : '') + '" style="--n:' + set.versions.length + '"'; }
  function roleText(v) { return v.role === 'translation' ? '' : ' · ' + v.role; }
  function colHeads(s) {
    var set = SETS[s], h = '<div class="gut"></div>';
    set.versions.forEach(function (v) {
      h += '<div class="colhead" title="' + esc(v.language + ' · ' + v.label + roleText(v)) + '"><b>' + esc(v.language) +
        '</b> · ' + esc(v.label) + '<span class="role">' + esc(roleText(v)) + '</span></div>';
    });
    return '<div class="grid' + gridStyle(set) + '>' + h + '</div>';
  }
  function setHead(s) {
    var set = SETS[s], n = 0;
    F.forEach(function (f) { if (f.set === s) n++; });
    var sub = set.versions.length + ' version(s), ' + n + ' finding(s)' + (set.domain ? ', domain ' + set.domain : '') +
      (set.units ? ', units with a term' + (set.hidden ? ' (' + set.hidden + ' other units not shown)' : '') : '');
    return '<div class="sethead" data-s="' + s + '"><h2>' + esc(set.name) + '</h2><div class="sub">' + esc(sub) +
      '</div>' + colHeads(s) + '</div>';
  }
  function spanHtml(text, c, fno) {
    var cls = 't ' + (c >= 0 ? 'c' + (c % 8) : 'cu'), tip = c >= 0 ? CONCEPTS[c] : 'concept not known';
    if (fno < 0) return '<span class="' + cls + '" title="' + esc(tip) + '">' + esc(text) + '</span>';
    var f = F[fno], st = state(fno);
    cls += ' f sev-' + f.severity + (st[0] ? ' d-' + st[0] : '') + (fno === cur ? ' cur' : '') + (matches(fno) ? '' : ' dim');
    var h = '<span class="' + esc(cls) + '" id="f' + fno + '" data-f="' + fno + '" title="' + esc(f.severity + ' ' + f.kind + ': ' + f.concept) + '">' + esc(text) + '</span>';
    if (st[2]) h += '<sup class="cm" title="' + esc(st[2]) + '">c</sup>';
    if (st[0] === 'edit') h += '<ins class="sg">\u270e</ins>';
    else if (st[0] !== 'reject' && (showAll || st[0] === 'accept' || fno === cur)) {
      h += f.replacement != null ? '<ins class="sg">\u2192\u00a0' + esc(f.replacement) + '</ins>' : '<ins class="sg none">(no suggestion)</ins>';
    }
    return h;
  }
  function cellHtml(cell) {
    var text = cell[0], sp = cell[1], pos = 0, h = '';
    for (var i = 0; i < sp.length; i += 4) {
      var a = sp[i], b = sp[i + 1];
      if (a < pos) continue;
      h += esc(text.slice(pos, a)) + spanHtml(text.slice(a, b), sp[i + 2], sp[i + 3]);
      pos = b;
    }
    return h + esc(text.slice(pos));
  }
  function rowHtml(s, r) {
    var set = SETS[s], row = set.rows[r], h = '';
    h += '<div data-s="' + s + '" data-r="' + r + '" class="row grid' + (row[1] ? ' para' : '') + gridStyle(set) + '>';
    h += '<div class="gut" title="' + esc(set.units ? 'unit ' + row[0] : 'sentence ' + row[0]) + '">' + esc(row[0]) + '</div>';
    row[2].forEach(function (cell, c) {
      h += '<div class="cell" dir="auto" lang="' + esc(set.versions[c].lang) + '">' + cellHtml(cell) + '</div>';
    });
    return h + '</div>';
  }
  function itemHtml(it) { return it[1] < 0 ? setHead(it[0]) : rowHtml(it[0], it[1]); }

  function estimate(it) {
    if (it[1] < 0) return 90;
    var set = SETS[it[0]], row = set.rows[it[1]], width = Math.max(doc.clientWidth - 56, 200);
    var perLine = Math.max(width / set.versions.length / 8.2, 10), lines = 1;
    row[2].forEach(function (cell) { lines = Math.max(lines, Math.ceil(cell[0].length / perLine)); });
    return 13 + 22.5 * lines;
  }
  function drawChunk(ch) {
    if (ch.drawn) return;
    var h = '';
    for (var k = ch.from; k < ch.to; k++) h += itemHtml(items[k]);
    ch.el.innerHTML = h;
    ch.el.style.height = '';
    ch.drawn = true;
  }
  function dropChunk(ch) {
    if (!ch.drawn) return;
    ch.height = ch.el.offsetHeight;
    ch.el.style.height = ch.height + 'px';
    ch.el.innerHTML = '';
    ch.drawn = false;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      var ch = chunks[+e.target.getAttribute('data-k')];
      if (e.isIntersecting) drawChunk(ch); else dropChunk(ch);
    });
    heads();
  }, { root: doc, rootMargin: '1200px 0px' });

  function build() {
    observer.disconnect();
    items = [];
    var only = $('f-rows').checked;
    SETS.forEach(function (set, s) {
      var rows = [];
      for (var r = 0; r < set.rows.length; r++) {
        if (!only || rowFindings[s][r].some(matches)) rows.push([s, r]);
      }
      if (rows.length || !only) { items.push([s, -1]); items = items.concat(rows); }
    });
    chunks = [];
    var h = '';
    for (var from = 0, k = 0; from < items.length; from += CHUNK, k++) {
      var to = Math.min(from + CHUNK, items.length), est = 0;
      for (var i = from; i < to; i++) est += estimate(items[i]);
      chunks.push({ from: from, to: to, drawn: false });
      h += '<div class="chunk" data-k="' + k + '" style="height:' + Math.round(est) + 'px"></div>';
    }
    holder.innerHTML = h;
    var els = holder.children;
    for (var c = 0; c < chunks.length; c++) { chunks[c].el = els[c]; observer.observe(els[c]); }
    heads();
  }
  function chunkOf(s, r) {
    for (var k = 0; k < items.length; k++) if (items[k][0] === s && items[k][1] === r) return chunks[Math.floor(k / CHUNK)];
    return null;
  }
  // the sticky column heads follow the set at the top of the screen
  var headSet = -1;
  function heads() {
    var top = doc.getBoundingClientRect().top + $('colheads').offsetHeight + 2, s = items.length ? items[0][0] : -1;
    var all = holder.querySelectorAll('.sethead, .row');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().bottom > top) { s = +all[i].getAttribute('data-s'); break; }
    }
    if (s !== headSet) { headSet = s; $('colheads').innerHTML = s >= 0 ? colHeads(s) : ''; }
  }
  var headTimer = 0;
  doc.addEventListener('scroll', function () { if (!headTimer) headTimer = setTimeout(function () { headTimer = 0; heads(); }, 50); });

  // a finding's row drawn again (its decision or the current finding changed)
  function redraw(fno) {
    var f = F[fno];
    if (f.set >= 0 && f.row >= 0) {
      var el = holder.querySelector('.row[data-s="' + f.set + '"][data-r="' + f.row + '"]');
      if (el) el.outerHTML = rowHtml(f.set, f.row);
    }
    if (fno === cur) panel();
  }

  // --- moving ------------------------------------------------------------------
  function go(fno) {
    var old = cur;
    cur = fno;
    if (old >= 0) redraw(old);
    if (fno < 0) { panel(); return; }
    var f = F[fno];
    if (f.set >= 0 && f.row >= 0) {
      var ch = chunkOf(f.set, f.row);
      if (ch) drawChunk(ch);
      redraw(fno);
      var el = $('f' + fno) || holder.querySelector('.row[data-s="' + f.set + '"][data-r="' + f.row + '"]');
      if (el) el.scrollIntoView({ block: 'center' });
    }
    panel();
    heads();
  }
  function step(dir, openOnly) {
    var k = cur >= 0 ? rank[cur] : (dir > 0 ? -1 : order.length);
    for (k += dir; k >= 0 && k < order.length; k += dir) {
      var fno = order[k];
      if (matches(fno) && (!openOnly || !state(fno)[0])) { go(fno); return; }
    }
    toast(dir > 0 ? 'No more findings below' : 'No more findings above');
  }
  function refilter() {
    build();
    counts();
    if (cur >= 0 && matches(cur)) go(cur); else { cur = -1; step(1); }
  }

  // --- the panel -----------------------------------------------------------------
  var editing = null;          // 'edit' | 'comment' | null
  function panel() {
    var p = $('panel');
    if (cur < 0) { p.innerHTML = '<p class="muted">No finding selected. <kbd>j</kbd> goes to the next one; <kbd>?</kbd> lists the keys.</p>'; return; }
    var f = F[cur], st = state(cur), set = SETS[f.set] || { name: '' }, h = '';
    h += '<div><span class="badge sev-' + esc(f.severity) + '">' + esc(f.severity) + '</span><span class="badge">' + esc(f.kind) +
      '</span><span class="badge">' + esc(f.mqm) + '</span>' + (DATA.new.indexOf(cur) >= 0 ? '<span class="badge new">new since the last report</span>' : '') + '</div>';
    h += '<p class="big" dir="auto"><b>' + esc(f.word) + '</b> \u2192 ' + (f.replacement != null ? '<b>' + esc(f.replacement) + '</b>' : '<i>no suggestion</i>') +
      ' <span class="muted">(' + esc(f.concept) + ')</span></p>';
    h += '<div>' + esc(f.language) + ' · ' + esc(set.name) + ' / ' + esc(f.file) + (f.line ? ' · line ' + esc(f.line) : '') +
      (f.unit ? ' · unit ' + esc(f.unit) : '') + ' · confidence ' + esc(f.confidence.toFixed(2)) + ' · <span class="muted">' + esc(f.id) + '</span></div>';
    h += '<h3>Decision</h3><div class="decision ' + esc(st[0]) + '" id="p-decision">' + esc(st[0] || 'none yet') + '</div>';
    if (editing === 'edit') {
      h += '<textarea id="p-edit" dir="auto"></textarea><div class="muted">The whole sentence as it should be. <kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels.</div>';
    } else if (st[0] === 'edit' || st[1]) {
      h += '<div class="sentence" dir="auto" id="p-edited">' + esc(st[1]) + '</div>';
    }
    if (editing === 'comment') {
      h += '<h3>Comment</h3><textarea id="p-comment" dir="auto"></textarea><div class="muted"><kbd>Enter</kbd> saves, <kbd>Shift</kbd>+<kbd>Enter</kbd> a new line, <kbd>Esc</kbd> cancels.</div>';
    } else if (st[2]) {
      h += '<h3>Comment</h3><div id="p-comment-text" dir="auto">' + esc(st[2]) + '</div>';
    }
    h += '<div class="keys"><button type="button" data-k="a">Accept <kbd>a</kbd></button><button type="button" data-k="r">Reject <kbd>r</kbd></button>' +
      '<button type="button" data-k="e">Edit <kbd>e</kbd></button><button type="button" data-k="c">Comment <kbd>c</kbd></button>' +
      '<button type="button" data-k="u">Undo <kbd>u</kbd></button></div>';
    h += '<h3>Flagged sentence</h3><div class="sentence" dir="auto">' + markAt(f.sentence, f.mark, '') + '</div>';
    if (f.suggestion) h += '<h3>Suggested sentence</h3><div class="sentence" dir="auto">' + markAt(f.suggestion, f.suggestion_mark, 'ok') + '</div>';
    h += '<h3>Evidence</h3>';
    if (!f.evidence.length) h += '<div class="muted">none recorded</div>';
    f.evidence.forEach(function (e) {
      h += '<div class="ev"><span class="rule">' + esc(e.rule) + '</span>' + (e.version ? ': ' + esc(e.version) : '') +
        (e.score != null ? ' <span class="muted">(similarity ' + esc(Number(e.score).toFixed(2)) + ')</span>' : '') +
        (e.term ? ' — its word: <b dir="auto">' + esc(e.term) + '</b>' : '') +
        (e.text ? '<div class="sentence" dir="auto">' + markFirst(e.text, e.term, '') + '</div>' : '') + '</div>';
    });
    if (f.note) h += '<h3>Note</h3><div dir="auto">' + esc(f.note) + '</div>';
    if (f.domain) h += '<div class="muted">domain: ' + esc(f.domain) + '</div>';
    p.innerHTML = h;
    if (editing === 'edit') { var t = $('p-edit'); t.value = st[1] || f.suggestion || f.sentence; t.focus(); }
    if (editing === 'comment') { var c = $('p-comment'); c.value = st[2]; c.focus(); }
  }
  $('panel').addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-k]');
    if (b) act(b.getAttribute('data-k'));
  });
  $('panel').addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (t.tagName !== 'TEXTAREA') return;
    ev.stopPropagation();
    if (ev.key === 'Escape') { editing = null; panel(); doc.focus(); ev.preventDefault(); return; }
    if (ev.key !== 'Enter' || ev.shiftKey) return;
    ev.preventDefault();
    var st = state(cur), f = F[cur];
    if (t.id === 'p-edit') {
      var text = t.value;
      if (!text.trim()) { toast('The edited sentence is empty'); return; }
      if (text === f.sentence) { toast('That is the flagged sentence unchanged'); return; }
      editing = null;
      setState(cur, ['edit', text, st[2]]);
    } else {
      editing = null;
      setState(cur, [st[0], st[1], t.value]);
    }
    panel();
    doc.focus();
  });
  holder.addEventListener('click', function (ev) {
    var t = ev.target.closest('[data-f]');
    if (t) { editing = null; go(+t.getAttribute('data-f')); }
  });

  // --- acting --------------------------------------------------------------------
  function act(key) {
    if (key === 'u') {
      var last = undo.pop();
      if (!last) { toast('Nothing to undo'); return; }
      touched[F[last.fno].id] = last.before;
      save();
      counts();
      editing = null;
      if (last.fno !== cur) go(last.fno); else redraw(last.fno);
      panel();
      toast('Undone');
      return;
    }
    if (cur < 0) { step(1); return; }
    var st = state(cur), f = F[cur];
    if (key === 'a') {
      if (f.replacement == null) { toast('No suggested word here: edit the sentence (e) instead'); return; }
      setState(cur, ['accept', '', st[2]]);
      step(1);
    } else if (key === 'r') {
      setState(cur, ['reject', '', st[2]]);
      step(1);
    } else if (key === 'd') {
      setState(cur, ['', '', st[2]]);
    } else if (key === 'e' || key === 'c') {
      editing = key === 'e' ? 'edit' : 'comment';
      panel();
    }
  }

  // --- export --------------------------------------------------------------------
  function exportText() {
    var out = {};
    F.forEach(function (f, fno) {
      var st = state(fno), was = initial[f.id] || EMPTY;
      var decided = st[0] || st[1] || st[2], cleared = !decided && (was[0] || was[1] || was[2]);
      if (decided || cleared) out[f.id] = { decision: st[0], edited: st[1], comment: st[2], finding: f.where };
    });
    return JSON.stringify({ kind: DATA.kind, schema: 1, report: ID, exported: new Date().toISOString(), decisions: out }, null, 1);
  }
  function exportFile() {
    var text = exportText(), n = Object.keys(JSON.parse(text).decisions).length;
    var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url; a.download = 'decisions.json';
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    toast('Saved decisions.json (' + n + ' decision' + (n === 1 ? '' : 's') + '): audit apply decisions.json');
  }

  var toastTimer = 0;
  function toast(msg) {
    var t = $('toast');
    t.textContent = msg; t.classList.add('on');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.classList.remove('on'); }, 2600);
  }
  function help(show) { $('help').hidden = !show; }

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = ev.target.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'INPUT' && ev.target.type === 'text') return;
    if (ev.key === 'Escape') { help(false); editing = null; panel(); return; }
    if (!$('help').hidden && ev.key !== '?') { help(false); ev.preventDefault(); return; }
    var k = ev.key;
    if (k === 'j' || k === 'ArrowDown' || k === 'ArrowRight') step(1);
    else if (k === 'k' || k === 'ArrowUp' || k === 'ArrowLeft') step(-1);
    else if (k === 'n') step(1, true);
    else if (k === 'a' || k === 'r' || k === 'e' || k === 'c' || k === 'u' || k === 'd') act(k);
    else if (k === 's') { showAll = !showAll; rerender(); }
    else if (k === 'x') exportFile();
    else if (k === '?') help($('help').hidden);
    else return;
    ev.preventDefault();
  });
  $('b-sugg').addEventListener('click', function () { showAll = !showAll; rerender(); this.blur(); });
  $('b-export').addEventListener('click', function () { exportFile(); this.blur(); });
  $('b-help').addEventListener('click', function () { help(true); this.blur(); });
  $('help').addEventListener('click', function () { help(false); });
  function rerender() { chunks.forEach(function (ch) { if (ch.drawn) { ch.drawn = false; drawChunk(ch); } }); }

  // --- start -----------------------------------------------------------------------
  $('meta').textContent = SETS.length + ' article set' + (SETS.length === 1 ? '' : 's') + ' ·';
  $('meta').title = 'written ' + ID.written.replace('T', ' ') + ' from ' + ID.root;
  $('legend').innerHTML = CONCEPTS.map(function (c, i) {
    return '<span class="sw t c' + (i % 8) + '"></span>' + esc(c);
  }).join('');
  build();
  counts();
  panel();
  if (!storageOk) toast('This browser does not keep the decisions: export them before closing the page');
  doc.focus();
  // for tests and bench/bench_review_page.py: when the page was ready, and first painted
  var api = window.reviewPage = { exportText: exportText, current: function () { return cur >= 0 ? F[cur].id : null; },
    ready: performance.now(), painted: null };
  requestAnimationFrame(function () { setTimeout(function () { api.painted = performance.now(); }, 0); });
}());
