// kg's HTML view: pan and zoom over the inline SVG, search by name or alias,
// and a side panel for the clicked entity or relation. Every text from the
// graph goes into the page through textContent, never as markup.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
  const relations = new Map(data.relations.map((relation) => [relation.id, relation]));
  const canvas = document.getElementById('kg-canvas');
  const svg = canvas.querySelector('svg');
  const panel = document.getElementById('kg-panel');
  const search = document.getElementById('kg-search');
  const results = document.getElementById('kg-results');

  // ---- pan and zoom: both move the SVG's viewBox
  const home = { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y,
                 w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height };
  let box = Object.assign({}, home);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  function apply() { svg.setAttribute('viewBox', [box.x, box.y, box.w, box.h].join(' ')); }
  function toDrawing(clientX, clientY) {
    const point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoom(factor, centre) {
    const width = Math.min(Math.max(box.w * factor, home.w / 100), home.w * 4);
    factor = width / box.w;
    box = { x: centre.x - (centre.x - box.x) * factor, y: centre.y - (centre.y - box.y) * factor,
            w: box.w * factor, h: box.h * factor };
    apply();
  }
  function middle() { return { x: box.x + box.w / 2, y: box.y + box.h / 2 }; }
  function fit() { box = Object.assign({}, home); apply(); }
  function show(element) {
    const rect = element.getBoundingClientRect();
    const centre = toDrawing(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const width = Math.min(box.w, Math.max(home.w / 3, 700));
    const height = box.h * width / box.w;
    box = { x: centre.x - width / 2, y: centre.y - height / 2, w: width, h: height };
    apply();
  }
  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    zoom(Math.exp(event.deltaY * 0.0015), toDrawing(event.clientX, event.clientY));
  }, { passive: false });
  let drag = null;
  let dragged = false;
  canvas.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, box: Object.assign({}, box),
             scale: box.w / canvas.getBoundingClientRect().width };
    dragged = false;
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) canvas.setPointerCapture(event.pointerId);
    dragged = true;
    canvas.classList.add('kg-dragging');
    const scale = Math.max(drag.scale, drag.box.h / canvas.getBoundingClientRect().height);
    box = Object.assign({}, drag.box, { x: drag.box.x - dx * scale, y: drag.box.y - dy * scale });
    apply();
  });
  const endDrag = () => { drag = null; canvas.classList.remove('kg-dragging'); };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  document.getElementById('kg-zoom-in').addEventListener('click', () => zoom(1 / 1.4, middle()));
  document.getElementById('kg-zoom-out').addEventListener('click', () => zoom(1.4, middle()));
  document.getElementById('kg-fit').addEventListener('click', fit);

  // Thin edges are hard to hit: a wide transparent copy of each edge's path takes the clicks.
  for (const path of svg.querySelectorAll('g.edge path')) {
    const hit = path.cloneNode(false);
    hit.setAttribute('class', 'kg-hit');
    path.parentNode.insertBefore(hit, path);
  }

  // ---- building the panel
  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function link(text, action) {
    const button = element('button', text, 'kg-link');
    button.type = 'button';
    button.addEventListener('click', action);
    return button;
  }
  // As the drawing writes numbers: "3600000" -> "3.6 million".
  function readable(value) {
    if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
    const number = Number(value);
    if (number >= 1e9) return +(number / 1e9).toFixed(2) + ' billion';
    if (number >= 1e6) return +(number / 1e6).toFixed(2) + ' million';
    return value;
  }
  function label(entity) {
    if (entity.type !== 'Literal') return entity.name;
    return readable(entity.name) + (entity.unit ? ' ' + entity.unit : '');
  }
  function details(relation) {
    const parts = [];
    const q = relation.qualifiers;
    if (q.time) parts.push(q.time);
    if (q.quantity) parts.push(readable(q.quantity) + (q.unit ? ' ' + q.unit : ''));
    if (q.source) parts.push('per ' + q.source);
    parts.push('confidence ' + relation.confidence.toFixed(2));
    return parts.join(', ');
  }
  function arrow(relation) { return relation.symmetric ? ' \u2014 ' + relation.predicate + ' \u2014 '
                                                       : ' \u2014 ' + relation.predicate + ' \u2192 '; }
  // `quote` with each occurrence of the `terms` (case-insensitive) in <mark>.
  function marked(quote, terms) {
    const block = element('blockquote');
    const wanted = terms.filter((term) => term && term.length > 1)
      .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (wanted.length === 0) { block.textContent = quote; return block; }
    const pattern = new RegExp(wanted.join('|'), 'giu');
    let last = 0;
    for (let match = pattern.exec(quote); match; match = pattern.exec(quote)) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      block.append(quote.slice(last, match.index), element('mark', match[0]));
      last = match.index + match[0].length;
    }
    block.append(quote.slice(last));
    return block;
  }

  function light(ids) {
    for (const lit of svg.querySelectorAll('.kg-lit, .kg-selected')) lit.classList.remove('kg-lit', 'kg-selected');
    if (!ids) { svg.classList.remove('kg-dimmed'); return; }
    svg.classList.add('kg-dimmed');
    ids.lit.forEach((id) => { const found = document.getElementById(id); if (found) found.classList.add('kg-lit'); });
    const selected = document.getElementById(ids.selected);
    if (selected) selected.classList.add('kg-selected');
    return selected;
  }

  let current = null;
  function selectEntity(id, centre) {
    const entity = entities.get(id);
    if (!entity) return;
    current = entity;
    const lit = ['n' + id];
    for (const rid of entity.relations) {
      const relation = relations.get(rid);
      lit.push('e' + rid, 'n' + relation.subject, 'n' + relation.object);
    }
    const node = light({ lit: lit, selected: 'n' + id });
    if (centre && node) show(node);

    panel.replaceChildren();
    panel.append(element('h2', label(entity)));
    panel.append(element('p', entity.type + ' \u00b7 ' + entity.mentions +
                         (entity.mentions === 1 ? ' mention' : ' mentions'), 'kg-meta'));
    if (entity.aliases.length > 0) {
      panel.append(element('h3', 'Also written as'));
      const list = element('ul', null, 'kg-aliases');
      for (const [form, reason] of entity.aliases) {
        const item = element('li', form);
        item.append(' ', element('span', '(' + reason + ')', 'kg-meta'));
        list.append(item);
      }
      panel.append(list);
    }
    panel.append(element('h3', 'Statements (' + entity.relations.length + ')'));
    const list = element('ul', null, 'kg-statements');
    for (const rid of entity.relations) {
      const relation = relations.get(rid);
      const item = element('li');
      item.append(link(label(entities.get(relation.subject)) + arrow(relation) + label(entities.get(relation.object)),
                       () => selectRelation(rid, true)));
      item.append(element('div', details(relation), 'kg-meta'));
      list.append(item);
    }
    panel.append(list);
    if (entity.hidden > 0)
      panel.append(element('p', entity.hidden + ' more statements are not drawn (filters or size limit); ' +
                           'kg neighbors GRAPH "' + entity.name + '" lists them.', 'kg-hint'));
  }

  function selectRelation(id, centre) {
    const relation = relations.get(id);
    if (!relation) return;
    const subject = entities.get(relation.subject), object = entities.get(relation.object);
    const edge = light({ lit: ['e' + id, 'n' + relation.subject, 'n' + relation.object], selected: 'e' + id });
    if (centre && edge) show(edge);

    panel.replaceChildren();
    const title = element('h2');
    title.append(link(label(subject), () => selectEntity(subject.id, true)), arrow(relation),
                 link(label(object), () => selectEntity(object.id, true)));
    panel.append(title);
    panel.append(element('p', (relation.reported ? 'reported by ' + relation.qualifiers.source : 'stated') +
                         ' \u00b7 confidence ' + relation.confidence.toFixed(2), 'kg-meta'));
    const keys = Object.keys(relation.qualifiers);
    if (keys.length > 0) {
      const table = element('dl');
      for (const key of keys) table.append(element('dt', key), element('dd', relation.qualifiers[key]));
      panel.append(table);
    }
    const count = relation.evidence.length + relation.more_evidence;
    panel.append(element('h3', 'Evidence (' + count + (count === 1 ? ' sentence)' : ' sentences)')));
    const list = element('ul', null, 'kg-evidence');
    for (const evidence of relation.evidence) {
      const item = element('li');
      item.append(marked(evidence.quote, [evidence.subject, evidence.object, subject.name, object.name]));
      item.append(element('div', evidence.doc + (evidence.date ? ' (' + evidence.date + ')' : '') +
                          ' \u00b7 sentence ' + evidence.sentence + ' \u00b7 ' + evidence.extractor +
                          ' \u00b7 ' + evidence.confidence.toFixed(2), 'kg-meta'));
      list.append(item);
    }
    panel.append(list);
    if (relation.more_evidence > 0)
      panel.append(element('p', 'and ' + relation.more_evidence + ' more: kg explain GRAPH "' + subject.name +
                           '" ' + relation.predicate + ' "' + object.name + '"', 'kg-hint'));
  }

  canvas.addEventListener('click', (event) => {
    if (dragged) { dragged = false; return; }
    const target = event.target instanceof Element ? event.target : null;
    const node = target && target.closest('g.node');
    const edge = target && target.closest('g.edge');
    if (node && /^n\d+$/.test(node.id)) selectEntity(Number(node.id.slice(1)), false);
    else if (edge && /^e\d+$/.test(edge.id)) selectRelation(Number(edge.id.slice(1)), false);
    else light(null);
  });

  // ---- search by name or alias, accents and case ignored
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const index = data.entities.map((entity) => ({
    entity: entity, name: fold(entity.name), aliases: entity.aliases.map(([form]) => [form, fold(form)]) }));
  let matches = [];
  let active = 0;
  function find(text) {
    const query = fold(text.trim());
    if (!query) return [];
    const found = [];
    for (const entry of index) {
      let score = entry.name === query ? 0 : entry.name.startsWith(query) ? 1 : entry.name.includes(query) ? 3 : 9;
      let via = null;
      for (const [form, folded] of entry.aliases) {
        const alias = folded === query ? 1 : folded.startsWith(query) ? 2 : folded.includes(query) ? 4 : 9;
        if (alias < score) { score = alias; via = form; }
      }
      if (score < 9) found.push({ entity: entry.entity, score: score, via: via });
    }
    found.sort((a, b) => a.score - b.score || b.entity.mentions - a.entity.mentions ||
                         a.entity.name.localeCompare(b.entity.name));
    return found.slice(0, 20);
  }
  function listMatches() {
    results.replaceChildren();
    matches.forEach((match, i) => {
      const item = element('li', label(match.entity));
      item.setAttribute('role', 'option');
      item.append(' ', element('span', match.entity.type + (match.via ? ', also "' + match.via + '"' : ''), 'kg-type'));
      if (i === active) item.classList.add('kg-active');
      item.addEventListener('click', () => choose(match.entity));
      results.append(item);
    });
  }
  function choose(entity) {
    matches = [];
    listMatches();
    search.value = entity.name;
    selectEntity(entity.id, true);
  }
  search.addEventListener('input', () => { matches = find(search.value); active = 0; listMatches(); });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (matches.length) active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      listMatches();
    } else if (event.key === 'Enter' && matches.length) {
      choose(matches[active].entity);
    } else if (event.key === 'Escape') {
      matches = [];
      listMatches();
    }
  });

  // ---- test hook: page.html#test-search=NAME[&test-click-edge] types NAME
  // into the search, clicks the first result and, with test-click-edge, the
  // drawn edge of the entity's first statement; the outcome goes into
  // <body data-kg-test>. Used by the headless-browser test.
  const hook = new URLSearchParams(location.hash.slice(1));
  if (hook.has('test-search')) {
    const log = [];
    search.value = hook.get('test-search');
    search.dispatchEvent(new Event('input'));
    const first = results.querySelector('li');
    if (first) {
      first.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      log.push('entity ' + (current ? current.name : 'none'));
      const rid = current && current.relations[0];
      const edge = rid !== undefined && document.getElementById('e' + rid);
      if (hook.has('test-click-edge') && edge) {
        edge.querySelector('path').dispatchEvent(new MouseEvent('click', { bubbles: true }));
        log.push('relation ' + rid);
      }
    } else {
      log.push('no match');
    }
    document.body.setAttribute('data-kg-test', log.join('; '));
  }
})();
