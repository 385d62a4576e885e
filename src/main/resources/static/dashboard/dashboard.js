// The campaign dashboard: reads /api/dashboard on the user's Tasklist login and draws plain SVG charts.
(function () {
  'use strict';
  var STATUS = ['DONE', 'LATE', 'SENT_BACK', 'IN_PROGRESS', 'NOT_STARTED'];
  var LABEL = { DONE: '已完成', LATE: '逾期未报', SENT_BACK: '退回重报', IN_PROGRESS: '进行中', NOT_STARTED: '未启动' };
  var COLOR = { DONE: '#2e7d32', LATE: '#c62828', SENT_BACK: '#ef6c00', IN_PROGRESS: '#1565c0', NOT_STARTED: '#9e9e9e' };
  var SVG = 'http://www.w3.org/2000/svg';
  var params = new URLSearchParams(location.search);

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function pct(p) { return p === null || p === undefined ? '—' : p + '%'; }

  function api(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.ok) return r.json();
      return r.json().catch(function () { return {}; }).then(function (body) {
        var error = new Error(body.message || ('请求失败：' + r.status));
        error.status = r.status;
        throw error;
      });
    });
  }

  function show(message, html) {
    var m = $('message');
    m.hidden = false;
    if (html) m.innerHTML = html; else m.textContent = message;
  }

  function fail(error) {
    if (error.status === 401) {
      show(null, '请先登录：<a href="/camunda/app/tasklist/default/#/login">登录任务列表</a>后，再打开本页面。');
    } else if (error.status === 403) {
      show('无权查看：' + error.message + '（每一级只能查看本级及下级的工作进度）');
    } else {
      show(error.message);
    }
  }

  function card(container, label, value, note, alert) {
    var c = el('div', { 'class': 'card' + (alert ? ' alert' : '') });
    c.appendChild(el('div', { 'class': 'label' }, label));
    c.appendChild(el('div', { 'class': 'value' }, value));
    if (note) c.appendChild(el('div', { 'class': 'note' }, note));
    container.appendChild(c);
  }

  /** A donut of counts by status, with its legend. */
  function donut(container, counts, unit) {
    container.innerHTML = '';
    var total = STATUS.reduce(function (s, k) { return s + (counts[k] || 0); }, 0);
    var box = svg('svg', { width: 360, height: 190, viewBox: '0 0 360 190', 'class': 'donut', role: 'img' });
    var cx = 95, cy = 95, r = 70, angle = -Math.PI / 2;
    STATUS.forEach(function (k) {
      var n = counts[k] || 0;
      if (!n) return;
      var a = 2 * Math.PI * n / total, end = angle + a;
      var large = a > Math.PI ? 1 : 0;
      var path = n === total
        ? 'M ' + cx + ' ' + (cy - r) + ' A ' + r + ' ' + r + ' 0 1 1 ' + (cx - 0.01) + ' ' + (cy - r) + ' Z'
        : 'M ' + cx + ' ' + cy + ' L ' + (cx + r * Math.cos(angle)) + ' ' + (cy + r * Math.sin(angle))
          + ' A ' + r + ' ' + r + ' 0 ' + large + ' 1 ' + (cx + r * Math.cos(end)) + ' ' + (cy + r * Math.sin(end)) + ' Z';
      var slice = svg('path', { d: path, fill: COLOR[k], 'data-status': k });
      slice.appendChild(svg('title', {}, LABEL[k] + '：' + n));
      box.appendChild(slice);
      angle = end;
    });
    box.appendChild(svg('circle', { cx: cx, cy: cy, r: 42, fill: '#fff' }));
    box.appendChild(svg('text', { x: cx, y: cy + 2, 'text-anchor': 'middle', 'font-size': 22, 'font-weight': 'bold' }, total));
    box.appendChild(svg('text', { x: cx, y: cy + 20, 'text-anchor': 'middle', 'font-size': 12, fill: '#666' }, unit));
    var y = 40;
    STATUS.forEach(function (k) {
      box.appendChild(svg('rect', { x: 200, y: y - 10, width: 12, height: 12, fill: COLOR[k] }));
      box.appendChild(svg('text', { x: 218, y: y, 'font-size': 13 }, LABEL[k] + '  ' + (counts[k] || 0)));
      y += 26;
    });
    container.appendChild(box);
  }

  /** One stacked bar per unit: its branches done / sent back / late / open; the unit's own status as a badge. */
  function unitBars(container, units, election) {
    container.innerHTML = '';
    var rowH = 24, left = 150, width = 520, height = units.length * rowH + 30;
    var box = svg('svg', { width: '100%', height: height, viewBox: '0 0 900 ' + height, 'class': 'unit-bars' });
    units.forEach(function (u, i) {
      var y = i * rowH + 6;
      var link = svg('a', { href: '?election=' + encodeURIComponent(election) + '&unit=' + encodeURIComponent(u.id) });
      link.appendChild(svg('text', { x: left - 8, y: y + 13, 'text-anchor': 'end', 'font-size': 12, fill: '#1565c0' }, u.name));
      box.appendChild(link);
      var open = u.branches - u.branchesSubmitted - u.branchesSentBack - u.branchesLate;
      var parts = [['DONE', u.branchesSubmitted], ['SENT_BACK', u.branchesSentBack], ['LATE', u.branchesLate], ['IN_PROGRESS', open]];
      var x = left;
      parts.forEach(function (p) {
        if (!p[1] || !u.branches) return;
        var w = width * p[1] / u.branches;
        var rect = svg('rect', { x: x, y: y, width: w, height: rowH - 8, fill: COLOR[p[0]] });
        rect.appendChild(svg('title', {}, u.name + ' ' + LABEL[p[0]] + '：' + p[1]));
        box.appendChild(rect);
        x += w;
      });
      box.appendChild(svg('text', { x: left + width + 8, y: y + 13, 'font-size': 12 }, u.branchesSubmitted + '/' + u.branches));
      var badge = svg('g', { 'class': 'unit-status', 'data-unit': u.id, 'data-status': u.status });
      badge.appendChild(svg('rect', { x: left + width + 70, y: y, width: 74, height: rowH - 8, rx: 8, fill: COLOR[u.status] }));
      badge.appendChild(svg('text', { x: left + width + 107, y: y + 12, 'text-anchor': 'middle', 'font-size': 12, fill: '#fff' }, u.statusLabel));
      if (u.reason) badge.appendChild(svg('title', {}, '退回理由：' + u.reason));
      box.appendChild(badge);
    });
    container.appendChild(box);
  }

  /** Each structure rule: the count the list has, the bound it must meet; green when met, red when not. */
  function ruleBars(container, composition) {
    container.innerHTML = '';
    var rules = composition.rules || [];
    if (!rules.length) { container.appendChild(el('p', {}, '本选举未设定结构要求。')); return; }
    var rowH = 30, left = 250, width = 480, height = rules.length * rowH + 40;
    var max = Math.max(1, composition.total);
    rules.forEach(function (r) { max = Math.max(max, r.count, r.population); });
    var box = svg('svg', { width: '100%', height: height, viewBox: '0 0 900 ' + height, 'class': 'rule-bars' });
    rules.forEach(function (r, i) {
      var y = i * rowH + 8;
      box.appendChild(svg('text', { x: left - 8, y: y + 14, 'text-anchor': 'end', 'font-size': 12 }, (r.parentCode ? '　' : '') + r.label));
      box.appendChild(svg('rect', { x: left, y: y, width: width, height: rowH - 12, fill: '#eee' }));
      var bar = svg('rect', { x: left, y: y, width: Math.max(2, width * r.count / max), height: rowH - 12,
        fill: r.met ? '#2e7d32' : '#c62828', 'class': 'rule', 'data-rule': r.code, 'data-met': r.met });
      bar.appendChild(svg('title', {}, r.label + '：实有' + r.count + '，要求' + r.requirement));
      box.appendChild(bar);
      box.appendChild(svg('text', { x: left + width + 10, y: y + 14, 'font-size': 12, fill: r.met ? '#2e7d32' : '#c62828' },
        '实有' + r.count + '　要求' + r.requirement + '　' + (r.met ? '✓ 符合' : '✗ 不符合')));
    });
    box.appendChild(svg('text', { x: left, y: height - 6, 'font-size': 11, fill: '#666' }, '名单共' + composition.total + '名（灰色为刻度满格：' + max + '名）'));
    container.appendChild(box);
  }

  /** The composition's figures as percentage bars. */
  function figureBars(container, composition) {
    container.innerHTML = '';
    var figures = composition.figures.filter(function (f) { return !f.parentCode || f.count > 0; });
    var rowH = 22, left = 170, width = 190, height = figures.length * rowH + 36;
    var box = svg('svg', { width: '100%', height: height, viewBox: '0 0 440 ' + height, 'class': 'figure-bars' });
    figures.forEach(function (f, i) {
      var y = i * rowH + 4;
      box.appendChild(svg('text', { x: left - 6, y: y + 12, 'text-anchor': 'end', 'font-size': 12 }, f.label));
      box.appendChild(svg('rect', { x: left, y: y, width: width, height: rowH - 8, fill: '#eee' }));
      box.appendChild(svg('rect', { x: left, y: y, width: width * (f.percent || 0) / 100, height: rowH - 8, fill: '#b71c1c' }));
      box.appendChild(svg('text', { x: left + width + 6, y: y + 12, 'font-size': 12 }, f.count + '名 ' + pct(f.percent)));
    });
    box.appendChild(svg('text', { x: 6, y: height - 8, 'font-size': 12, fill: '#666' },
      '共' + composition.total + '名；少数民族' + composition.ethnicGroups + '个民族；平均年龄' + (composition.averageAge || '—') + '岁'));
    container.appendChild(box);
  }

  function table(container, head, rows) {
    container.innerHTML = '';
    var t = el('table');
    var tr = el('tr');
    head.forEach(function (h) { tr.appendChild(el('th', {}, h)); });
    t.appendChild(tr);
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (c) {
        var td = el('td');
        if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? '' : c;
        row.appendChild(td);
      });
      t.appendChild(row);
    });
    container.appendChild(t);
  }

  function badge(status, label) { return el('span', { 'class': 'badge ' + status }, label); }

  function deadlines(container, list) {
    table(container, ['工作步骤', '时限', '剩余'], list.map(function (d) {
      var left = el('span', { 'class': d.passed ? 'passed' : d.daysLeft <= 7 ? 'soon' : '' },
        d.passed ? '已过' : d.daysLeft === 0 ? '今日到期' : d.daysLeft + '天');
      return [d.label, d.dueOn, left];
    }));
  }

  function electoral(view) {
    $('electoral').hidden = false;
    var e = view.election;
    $('subtitle').textContent = e.name + '（' + e.electoralUnitName + '，应选代表' + e.seats + '名）　截至' + view.today
      + '　流程：' + (view.campaignStatus === 'RUNNING' ? '进行中' : view.campaignStatus === 'ENDED' ? '已结束' : '未启动')
      + (view.activities.length ? '（' + view.activities.slice(0, 3).join('、') + '）' : '');
    var cards = $('cards');
    cards.innerHTML = '';
    var u = view.unitsByStatus, b = view.branchesByStatus;
    card(cards, '推荐单位', view.units.length + '个', '已完成' + u.DONE + '，进行中' + u.IN_PROGRESS);
    card(cards, '逾期推荐单位', u.LATE + '个', '退回重报' + u.SENT_BACK + '个', u.LATE > 0);
    card(cards, '党支部已报送', b.DONE + '个', '逾期' + b.LATE + '，退回' + b.SENT_BACK + '，进行中' + b.IN_PROGRESS, b.LATE > 0);
    var p = view.participation;
    card(cards, '党员参与率', pct(p.memberParticipationPercent), '受教育率' + pct(p.educationPercent) + '，党组织参与率' + pct(p.branchParticipationPercent));
    var c = view.currentList.composition;
    card(cards, '当前名单：' + view.currentList.stageLabel, c.total + '名', c.allRulesMet ? '结构要求均已符合' : '有结构要求未符合', !c.allRulesMet);
    donut($('unitDonut'), u, '推荐单位');
    donut($('branchDonut'), b, '党支部');
    unitBars($('unitBars'), view.units, e.id);
    $('rulesCaption').textContent = '当前名单（' + view.currentList.stageLabel + '）结构与结构要求';
    ruleBars($('ruleBars'), c);
    figureBars($('figureBars'), c);
    deadlines($('deadlines'), view.deadlines);
    if (!view.changes.length) {
      $('changes').textContent = '尚无人选调整。';
    } else {
      table($('changes'), ['姓名', '阶段', '调整', '理由'], view.changes.map(function (ch) {
        return [ch.name, ch.stage, badge(ch.kind === 'ADDED' ? 'DONE' : 'LATE', ch.kindLabel), ch.reason];
      }));
    }
  }

  function unit(view) {
    $('unit').hidden = false;
    var u = view.unit;
    $('subtitle').textContent = view.election.name + '　' + u.name + '　截至' + view.today;
    var cards = $('unitCards');
    cards.innerHTML = '';
    card(cards, '本单位', u.statusLabel, u.reason ? '退回理由：' + u.reason : null, u.status === 'LATE');
    card(cards, '党支部已报送', u.branchesSubmitted + '/' + u.branches, '逾期' + u.branchesLate + '，退回' + u.branchesSentBack, u.branchesLate > 0);
    var p = view.participation.total;
    card(cards, '党员参与率', pct(p.memberParticipationPercent), '受教育率' + pct(p.educationPercent));
    card(cards, '推荐人选', view.currentList.composition.total + '名', null);
    donut($('unitBranchDonut'), view.branchesByStatus, '党支部');
    deadlines($('unitDeadlines'), view.deadlines);
    ruleBars($('unitRuleBars'), view.currentList.composition);
    table($('branches'), ['党支部', '状态', '报送时间', '退回理由'], view.branches.map(function (b) {
      return [b.name, badge(b.status, b.statusLabel), b.submittedAt ? b.submittedAt.replace('T', ' ').substring(0, 16) : '', b.reason];
    }));
  }

  function scopes(entries, current) {
    var nav = $('scopes');
    entries.forEach(function (e) {
      var href = '?election=' + encodeURIComponent(e.electionId) + (e.scope === 'UNIT' ? '&unit=' + encodeURIComponent(e.organizationId) : '');
      nav.appendChild(el('a', { href: href }, e.name + '：' + e.organizationName));
    });
  }

  function load() {
    var election = params.get('election'), unitId = params.get('unit');
    api('/api/dashboard/elections').then(function (entries) {
      scopes(entries);
      if (!election) {
        if (!entries.length) { show('您所在的组织没有可查看的选举工作进度。'); return null; }
        election = entries[0].electionId;
        if (entries[0].scope === 'UNIT') unitId = entries[0].organizationId;
      }
      var path = '/api/dashboard/elections/' + encodeURIComponent(election) + (unitId ? '/units/' + encodeURIComponent(unitId) : '');
      return api(path).then(function (view) { if (unitId) unit(view); else electoral(view); document.body.setAttribute('data-loaded', 'true'); });
    }).catch(fail);
  }

  load();
})();
