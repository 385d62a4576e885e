#!/usr/bin/env python3
"""Writes the embedded Tasklist forms of CongressElectionProcess (processes/forms/congress-*.html) from the templates
below; their helpers come from the served script processes/forms/shared/nomination-forms.js (see formlib.py). Run it
after changing the templates; the forms are committed. Every rule is checked by the server when the task completes
(CongressElectionTaskListener): the forms only help. A round's count is read only through GET /rounds/{roundId}, which
keeps it sealed until a scrutineer confirms it: no form shows a figure the user may not see, and no figure of a count
ever becomes a process variable."""
import pathlib

import formlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / 'processes' / 'forms'

# The Chinese names of the API's fields. A violation's field may be indexed or nested (candidates[2].votesFor,
# upperNomineeRules[0], scrutineers[1].memberId): it is named by its list, the row and the last part.
FIELDS = """(function (names) {
      return function (field) {
        if (!field) return '';
        if (names[field]) return names[field];
        var m = /^([A-Za-z]+)\\[(\\d+)\\](?:\\.([A-Za-z]+))?$/.exec(field);
        if (m) return (names[m[1]] || m[1]) + '第 ' + (Number(m[2]) + 1) + ' 行' + (m[3] ? (names[m[3]] || m[3]) : '');
        var last = field.split('.').pop();
        return names[last] || field;
      };
    })({ upperNominees: '上级党委提名人选', memberIds: '上级党委提名人选', memberId: '党员', candidate: '候选人',
      rules: '选举办法', writeInsAllowed: '是否允许另选他人', seatReductionAllowed: '是否允许减少名额',
      maxSeatReduction: '最多减少名额', supplementaryMarginRatio: '另行选举差额比例',
      supplementaryMarginStrict: '另行选举差额须多于该比例', upperNomineeRules: '计入上级党委提名人选的结构规则',
      counters: '计票人', counter: '计票人', scrutineers: '监票人', scrutineer: '监票人', userId: '账号',
      explainedBy: '名单说明人', introduction: '候选人介绍', expected: '应到人数', present: '实到人数',
      issued: '发出选票', candidates: '候选人', returned: '收回选票', roundId: '选举轮次', mode: '录入方式',
      valid: '有效票', invalid: '无效票', votesFor: '赞成票', against: '不赞成票', abstain: '弃权票',
      writeIns: '另选他人', votes: '票数', name: '姓名', entryId: '以哪次录入为准', reason: '理由',
      reduceSeats: '另行选举或减少名额', decisions: '审查结论', decision: '审查结论', invalidKind: '无效情形',
      delegates: '代表',
      task: '任务', user: '用户' })"""

NAMES = ('root', '$', '$$', 'api', 'showErrors', 'showSaved', 'refuseSubmit', 'cell', 'input', 'select', 'number',
         'submitVariable')

common = formlib.prelude('congress', "'/api/elections/' + encodeURIComponent(electionId) + '/congress'", FIELDS,
                         prefix='cg', names=NAMES)


def loader(variables):
    """Fetches the process variables the form needs (electionId first), then runs its load() and marks it loaded."""
    names = ['electionId'] + list(variables)
    fetch = ' '.join("camForm.variableManager.fetchVariable('%s');" % n for n in names)
    take = '\n'.join("      %s = camForm.variableManager.variableValue('%s');" % (n, n) for n in names)
    return '''    var %s;
    camForm.on('form-loaded', function () { %s });
    camForm.on('variables-fetched', function () {
%s
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });''' % (', '.join(names), fetch, take)


PAGE = '''<form role="form" name="@NAME@" class="congress-form" data-loaded="false">
  <!-- @COMMENT@ -->
  <h4>@TITLE@</h4>
@BODY@
  <div class="alert alert-danger cg-errors" style="display:none"></div>
  <div class="alert alert-success cg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
@COMMON@
@LOADER@
@SHARED@
@SCRIPT@
  </script>
</form>
'''

# What several forms show: labels of the API's enums, a round's heading, a definition list, a member's name.
SHARED = '''    var KINDS = { REGULAR: '正式选举', TIE_BREAK: '票数相等者重新投票', SUPPLEMENTARY: '另行选举',
      RE_ELECTION: '资格审查后重新选举' };
    var STATUSES = { OPEN: '投票中', COUNTING: '计票中', VOID: '无效（收回选票多于发出选票）', CONFIRMED: '监票人已确认' };
    var SOURCES = { ELECTORAL_UNIT: '本选举单位代表候选人', UPPER_NOMINEE: '上级党委提名' };
    var RESULTS = { ELECTED: '当选', TIED: '票数相等，须重新投票', NOT_ELECTED: '未当选（名额已满）',
      BELOW_THRESHOLD: '赞成票未过半数，未当选' };
    function fact(list, label, value) {
      var dt = document.createElement('dt'); dt.textContent = label;
      var dd = document.createElement('dd'); dd.textContent = value === undefined || value === null ? '' : value;
      list.appendChild(dt); list.appendChild(dd);
      return dd;
    }
    function person(c) { return (c.name || '') + '（' + c.memberId + '）'; }
    // the round as recorded (no figure of its count): number, kind, seats, roll call, ballots
    function showRound(list, r) {
      fact(list, '轮次', '第 ' + r.number + ' 轮（' + (KINDS[r.kind] || r.kind) + '）');
      fact(list, '应选名额', r.seats);
      fact(list, '应到／实到', (r.rollCall ? r.rollCall.expected + '／' + r.rollCall.present : ''));
      fact(list, '发出选票', r.issued);
      if (r.returned !== null && r.returned !== undefined) fact(list, '收回选票', r.returned);
      fact(list, '另选他人', r.writeInsAllowed ? '允许' : '不允许');
      fact(list, '状态', STATUSES[r.status] || r.status);
    }
    function refuse(evt, message) { refuseSubmit(evt, message); }'''

FORMS = {}

# --- 1. the upper committee's nominees -------------------------------------------------------------------------------
FORMS['congress-upper-nominees'] = dict(
    name='congressUpperNominees', title='上级党委提名代表候选人',
    variables=['upperCommitteeId'],
    comment='The upper committee sees the approved preliminary candidates and adds its nominees (members found with '
            'the member search GET /api/organizations/{upperCommitteeId}/members or entered by member id). The '
            'nominees go with the completion as upperNominees (member ids, comma-separated); the server fixes the '
            'formal list then (full members, margin over the whole list, stroke order).',
    body='''  <p class="text-muted">上级党委提名的代表候选人与选举单位的代表候选人预备人选一并列入正式候选人名单，每提名一名增加一个应选名额。</p>
  <h5>代表候选人预备人选（<span class="cg-preliminary-count">0</span> 名）</h5>
  <table class="table table-condensed table-striped cg-preliminary">
    <thead><tr><th>序号</th><th>姓名</th><th>党员编号</th></tr></thead>
    <tbody></tbody>
  </table>
  <h5>上级党委提名人选（<span class="cg-nominee-count">0</span> 名）</h5>
  <table class="table table-condensed cg-nominees">
    <thead><tr><th>姓名</th><th>党员编号</th><th></th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="row">
    <div class="col-sm-6 form-group">
      <label>查找党员（姓名或编号开头）</label>
      <div class="input-group">
        <input class="form-control cg-search" type="text">
        <span class="input-group-btn"><button type="button" class="btn btn-default cg-search-go">查找</button></span>
      </div>
    </div>
    <div class="col-sm-6 form-group">
      <label>按党员编号添加</label>
      <div class="input-group">
        <input class="form-control cg-member-id" type="text">
        <span class="input-group-btn"><button type="button" class="btn btn-default cg-add-id">添加</button></span>
      </div>
    </div>
  </div>
  <table class="table table-condensed cg-found" style="display:none">
    <thead><tr><th>姓名</th><th>党员编号</th><th></th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="checkbox"><label><input type="checkbox" class="cg-none"> 本次不提名代表候选人</label></div>''',
    script='''    // the member search of the organizations API (no base): within the upper committee's organization
    var members = forms.create(camForm, { prefix: 'cg', fields: FIELDS }).api;
    var preliminary = [], nominees = [];
    function search(text, limit) {
      return members('GET', '/api/organizations/' + encodeURIComponent(upperCommitteeId) + '/members?q='
        + encodeURIComponent(text) + '&limit=' + limit);
    }
    // a member's name by id (the search matches ids by their beginning: the exact one is taken)
    function lookup(id) {
      return search(id, 20).then(function (result) {
        var found = result.ok && result.body.filter(function (m) { return m.id === id; })[0];
        return found ? { memberId: id, name: found.name } : { memberId: id, name: null };
      });
    }
    function load() {
      return api('GET', '/preliminary-candidates').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        $('.cg-preliminary-count').textContent = result.body.length;
        return Promise.all(result.body.map(lookup)).then(function (people) {
          preliminary = people.map(function (p) { return p.memberId; });
          people.forEach(function (p, i) {
            var tr = document.createElement('tr');
            tr.setAttribute('data-member', p.memberId);
            cell(tr, i + 1); cell(tr, p.name || '（未找到姓名）'); cell(tr, p.memberId);
            $('.cg-preliminary tbody').appendChild(tr);
          });
        });
      });
    }
    function showNominees() {
      var body = $('.cg-nominees tbody');
      body.innerHTML = '';
      nominees.forEach(function (p) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-member', p.memberId);
        cell(tr, p.name || '（未找到姓名）'); cell(tr, p.memberId);
        var remove = document.createElement('button');
        remove.type = 'button'; remove.className = 'btn btn-link btn-xs cg-remove'; remove.textContent = '移除';
        remove.addEventListener('click', function () {
          nominees = nominees.filter(function (n) { return n.memberId !== p.memberId; });
          showNominees();
        });
        cell(tr, '').appendChild(remove);
        body.appendChild(tr);
      });
      $('.cg-nominee-count').textContent = nominees.length;
      if (nominees.length) $('.cg-none').checked = false;
    }
    function add(p) {
      if (preliminary.indexOf(p.memberId) >= 0) {
        showErrors({ status: 0, body: { message: p.memberId + ' 已是代表候选人预备人选' } }); return;
      }
      if (nominees.some(function (n) { return n.memberId === p.memberId; })) return;
      nominees.push(p);
      showNominees();
      $('.cg-errors').style.display = 'none';
    }
    $('.cg-search-go').addEventListener('click', function () {
      var text = $('.cg-search').value.trim();
      if (!text) return;
      search(text, 20).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var body = $('.cg-found tbody');
        body.innerHTML = '';
        result.body.forEach(function (m) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', m.id);
          cell(tr, m.name); cell(tr, m.id);
          var pick = document.createElement('button');
          pick.type = 'button'; pick.className = 'btn btn-default btn-xs cg-pick'; pick.textContent = '添加';
          pick.addEventListener('click', function () { add({ memberId: m.id, name: m.name }); });
          cell(tr, '').appendChild(pick);
          body.appendChild(tr);
        });
        $('.cg-found').style.display = result.body.length ? '' : 'none';
        if (!result.body.length) showErrors({ status: 0, body: { message: '没有找到“' + text + '”' } });
      });
    });
    $('.cg-add-id').addEventListener('click', function () {
      var id = $('.cg-member-id').value.trim();
      if (!id) return;
      lookup(id).then(function (p) {
        if (!p.name) { showErrors({ status: 0, body: { message: '没有找到党员编号 ' + id } }); return; }
        add(p);
        $('.cg-member-id').value = '';
      });
    });
    camForm.on('submit', function (evt) {
      if (!nominees.length && !$('.cg-none').checked) {
        refuse(evt, '请添加提名人选，或勾选“本次不提名代表候选人”'); return;
      }
      submitVariable('upperNominees', 'String', nominees.map(function (n) { return n.memberId; }).join(','));
    });''')

# --- 2. the conference's preparation ---------------------------------------------------------------------------------
FORMS['congress-preparation'] = dict(
    name='congressPreparation', title='大会通过选举办法，推选监票人、确定计票人，介绍候选人',
    variables=[],
    comment='The electoral unit’s organization department records three things, each once, through the domain API: '
            'the election rules the conference adopted (PUT /rules), counters and scrutineers (PUT /staff), the list '
            'explained and the candidates introduced (PUT /introduction). What is already recorded is shown from the '
            'overview and cannot be changed; completing needs all three (the server checks again).',
    body='''  <dl class="dl-horizontal cg-list-summary"></dl>
  <fieldset class="cg-section cg-rules-section">
    <legend>一、选举办法 <small class="cg-state"></small></legend>
    <div class="checkbox"><label><input type="checkbox" class="cg-write-ins" checked> 允许另选他人</label></div>
    <div class="checkbox"><label><input type="checkbox" class="cg-reduction"> 名额未选足时允许减少名额</label></div>
    <div class="row">
      <div class="col-sm-4 form-group"><label>最多减少名额</label><input class="form-control cg-max-reduction" type="number" min="1"></div>
      <div class="col-sm-4 form-group"><label>另行选举差额比例（如 0.2，空则按正式选举）</label><input class="form-control cg-ratio" type="number" min="0" step="0.01"></div>
      <div class="col-sm-4"><div class="checkbox"><label><input type="checkbox" class="cg-ratio-strict"> 差额须多于该比例</label></div></div>
    </div>
    <div class="form-group cg-upper-rules"><label>计入上级党委提名人选的代表结构规则（未勾选的只计本选举单位代表）</label></div>
    <button type="button" class="btn btn-default cg-save-rules">保存选举办法</button>
  </fieldset>
  <fieldset class="cg-section cg-staff-section">
    <legend>二、计票人和监票人 <small class="cg-state"></small></legend>
    <div class="form-group"><label>计票人账号（至少两名，逗号分隔）</label><input class="form-control cg-counters" type="text"></div>
    <table class="table table-condensed cg-scrutineers">
      <thead><tr><th>监票人账号</th><th>监票人党员编号（不是候选人的选举人）</th></tr></thead>
      <tbody></tbody>
    </table>
    <button type="button" class="btn btn-link cg-add-scrutineer">增加监票人</button>
    <button type="button" class="btn btn-default cg-save-staff">保存计票人和监票人</button>
  </fieldset>
  <fieldset class="cg-section cg-introduction-section">
    <legend>三、候选人名单说明和候选人介绍 <small class="cg-state"></small></legend>
    <div class="form-group"><label>名单说明人</label><input class="form-control cg-explained-by" type="text"></div>
    <div class="form-group"><label>介绍候选人的情况（方式、内容）</label><textarea class="form-control cg-introduction" rows="3"></textarea></div>
    <button type="button" class="btn btn-default cg-save-introduction">保存候选人介绍</button>
  </fieldset>''',
    script='''    var recorded = { rules: false, staff: false, introduction: false };
    var LABELS = { rules: '选举办法', staff: '计票人和监票人', introduction: '候选人介绍' };
    function scrutineerRow(s) {
      var tr = document.createElement('tr');
      cell(tr, '').appendChild(input('text', s && s.userId, 'cg-scrutineer-user'));
      cell(tr, '').appendChild(input('text', s && s.memberId, 'cg-scrutineer-member'));
      $('.cg-scrutineers tbody').appendChild(tr);
    }
    // a recorded section: its values shown, nothing to change
    function lock(part) {
      recorded[part] = true;
      var section = $('.cg-' + part + '-section');
      section.querySelector('.cg-state').textContent = '（已记录）';
      section.setAttribute('data-recorded', 'true');
      Array.prototype.forEach.call(section.querySelectorAll('input, textarea'), function (el) { el.disabled = true; });
      Array.prototype.forEach.call(section.querySelectorAll('button'), function (el) { el.style.display = 'none'; });
    }
    function show(o) {
      var summary = $('.cg-list-summary');
      summary.innerHTML = '';
      fact(summary, '正式候选人', o.candidates.length + ' 名（' + o.candidates.map(function (c) { return c.name; }).join('、') + '）');
      fact(summary, '应选名额', o.seats);
      var r = o.rules || {};
      $('.cg-write-ins').checked = r.writeInsAllowed !== false;
      $('.cg-reduction').checked = r.seatReductionAllowed === true;
      $('.cg-max-reduction').value = r.maxSeatReduction == null ? '' : r.maxSeatReduction;
      $('.cg-ratio').value = r.supplementaryMarginRatio == null ? '' : r.supplementaryMarginRatio;
      $('.cg-ratio-strict').checked = r.supplementaryMarginStrict === true;
      $$('.cg-upper-rule').forEach(function (box) {
        box.checked = (r.upperNomineeRules || []).indexOf(box.value) >= 0;
      });
      if (o.rulesAdopted) lock('rules');
      $('.cg-scrutineers tbody').innerHTML = '';
      if ((o.counters || []).length) {
        $('.cg-counters').value = o.counters.join(',');
        o.scrutineers.forEach(scrutineerRow);
        lock('staff');
      } else {
        scrutineerRow(null);
      }
      if (o.introduction) {
        $('.cg-explained-by').value = o.introduction.explainedBy || '';
        $('.cg-introduction').value = o.introduction.introduction || '';
        lock('introduction');
      }
    }
    // the election's delegate structure rules (its configuration, GET /api/elections/{id}), one checkbox each
    var elections = forms.create(camForm, { prefix: 'cg', fields: FIELDS }).api;
    function ruleBoxes() {
      return elections('GET', '/api/elections/' + encodeURIComponent(electionId)).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        (result.body.structureRules || []).filter(function (rule) { return rule.scope === 'DELEGATES'; })
          .forEach(function (rule) {
            var label = document.createElement('label');
            label.className = 'checkbox-inline';
            var box = input('checkbox', false, 'cg-upper-rule');
            box.value = rule.code;
            label.appendChild(box);
            label.appendChild(document.createTextNode(' ' + (rule.label || rule.code)));
            $('.cg-upper-rules').appendChild(label);
          });
      });
    }
    function load() {
      return ruleBoxes().then(function () { return api('GET', ''); }).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        show(result.body);
      });
    }
    function list(text) {
      return text.split(/[,，\\s]+/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    }
    function saved(part, result) {
      if (!result.ok) { showErrors(result); return; }
      lock(part);
      showSaved(LABELS[part] + '已保存' + (recorded.rules && recorded.staff && recorded.introduction
        ? '，可点击“完成”' : ''));
    }
    $('.cg-add-scrutineer').addEventListener('click', function () { scrutineerRow(null); });
    $('.cg-save-rules').addEventListener('click', function () {
      api('PUT', '/rules', { writeInsAllowed: $('.cg-write-ins').checked, seatReductionAllowed: $('.cg-reduction').checked,
        maxSeatReduction: number($('.cg-max-reduction')), supplementaryMarginRatio: number($('.cg-ratio')),
        supplementaryMarginStrict: $('.cg-ratio-strict').checked,
        upperNomineeRules: $$('.cg-upper-rule:checked').map(function (box) { return box.value; })
      }).then(function (result) { saved('rules', result); });
    });
    $('.cg-save-staff').addEventListener('click', function () {
      var scrutineers = $$('.cg-scrutineers tbody tr').map(function (tr) {
        return { userId: tr.querySelector('.cg-scrutineer-user').value.trim(),
          memberId: tr.querySelector('.cg-scrutineer-member').value.trim() };
      }).filter(function (s) { return s.userId || s.memberId; });
      api('PUT', '/staff', { counters: list($('.cg-counters').value), scrutineers: scrutineers })
        .then(function (result) { saved('staff', result); });
    });
    $('.cg-save-introduction').addEventListener('click', function () {
      api('PUT', '/introduction', { explainedBy: $('.cg-explained-by').value.trim(),
        introduction: $('.cg-introduction').value.trim() }).then(function (result) { saved('introduction', result); });
    });
    camForm.on('submit', function (evt) {
      var missing = Object.keys(recorded).filter(function (k) { return !recorded[k]; })
        .map(function (k) { return LABELS[k]; });
      if (missing.length) refuse(evt, '请先保存：' + missing.join('、'));
    });''')

# --- 3. roll call and ballots issued ---------------------------------------------------------------------------------
FORMS['congress-issue-ballots'] = dict(
    name='congressIssueBallots', title='清点到会人数，发放选票',
    variables=[],
    comment='The organization department opens the round due (GET /next-round): the roll call and the ballots issued '
            'go with the completion as expected, present, issued (Long); for a supplementary round or a re-election '
            'the conference chooses the names, sent as candidates (member ids, comma-separated). The server checks the '
            'quorum, the ballots and the margin when the task completes.',
    body='''  <dl class="dl-horizontal cg-next"></dl>
  <div class="row">
    <div class="col-sm-4 form-group"><label>应到人数</label><input class="form-control cg-expected" type="number" min="1"></div>
    <div class="col-sm-4 form-group"><label>实到人数</label><input class="form-control cg-present" type="number" min="0"></div>
    <div class="col-sm-4 form-group"><label>发出选票</label><input class="form-control cg-issued" type="number" min="0"></div>
  </div>
  <p class="text-muted cg-choose-help" style="display:none">本轮由大会从下列人选中确定候选人（差额），已选 <strong class="cg-chosen">0</strong> 名。</p>
  <table class="table table-condensed table-striped cg-ballot">
    <thead><tr><th>序号</th><th>姓名</th><th>名额来源</th><th class="cg-choose-head" style="display:none">列为候选人</th></tr></thead>
    <tbody></tbody>
  </table>''',
    script='''    var next = null;
    function chosen() { return $$('.cg-pick:checked').map(function (el) { return el.getAttribute('data-member'); }); }
    function load() {
      return api('GET', '/next-round').then(function (result) {
        if (result.status === 404) { showErrors({ status: 404, body: { message: '当前没有待进行的选举轮次' } }); return; }
        if (!result.ok) { showErrors(result); return; }
        next = result.body;
        var list = $('.cg-next');
        fact(list, '本轮', KINDS[next.kind] || next.kind);
        fact(list, '应选名额', next.seats);
        fact(list, next.candidatesChosen ? '可选人选' : '选票上的候选人', next.candidates.length + ' 名');
        if (next.candidatesChosen) {
          $('.cg-choose-help').style.display = '';
          $('.cg-choose-head').style.display = '';
        }
        next.candidates.forEach(function (c, i) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', c.memberId);
          cell(tr, i + 1); cell(tr, person(c)); cell(tr, SOURCES[c.seatSource] || c.seatSource);
          if (next.candidatesChosen) {
            var pick = input('checkbox', false, 'cg-pick');
            pick.setAttribute('data-member', c.memberId);
            pick.addEventListener('change', function () { $('.cg-chosen').textContent = chosen().length; });
            cell(tr, '').appendChild(pick);
          }
          $('.cg-ballot tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      if (!next) { refuse(evt, '当前没有待进行的选举轮次'); return; }
      var expected = number($('.cg-expected')), present = number($('.cg-present')), issued = number($('.cg-issued'));
      if (expected === null || present === null || issued === null) {
        refuse(evt, '请填写应到人数、实到人数和发出选票张数'); return;
      }
      if (next.candidatesChosen && !chosen().length) { refuse(evt, '请勾选本轮的候选人'); return; }
      submitVariable('expected', 'Long', expected);
      submitVariable('present', 'Long', present);
      submitVariable('issued', 'Long', issued);
      if (next.candidatesChosen) submitVariable('candidates', 'String', chosen().join(','));
    });''')

# --- 4. ballots returned ---------------------------------------------------------------------------------------------
FORMS['congress-ballots-returned'] = dict(
    name='congressBallotsReturned', title='收回选票，核对张数',
    variables=['roundId'],
    comment='The organization department records the ballots returned, sent as returned (Long). More returned than '
            'issued voids the round (the server decides; the round is kept and held again).',
    body='''  <dl class="dl-horizontal cg-round"></dl>
  <div class="row">
    <div class="col-sm-4 form-group"><label>收回选票</label><input class="form-control cg-returned" type="number" min="0"></div>
  </div>
  <p class="text-warning cg-void" style="display:none">收回选票多于发出选票，本轮选举无效，须重新投票。</p>''',
    script='''    var round = null;
    function load() {
      return api('GET', '/rounds/' + roundId).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        round = result.body.round;
        showRound($('.cg-round'), round);
      });
    }
    $('.cg-returned').addEventListener('input', function () {
      var returned = number($('.cg-returned'));
      $('.cg-void').style.display = round && returned !== null && returned > round.issued ? '' : 'none';
    });
    camForm.on('submit', function (evt) {
      var returned = number($('.cg-returned'));
      if (returned === null) { refuse(evt, '请填写收回选票张数'); return; }
      submitVariable('returned', 'Long', returned);
    });''')

# --- 5. a counter's entry --------------------------------------------------------------------------------------------
FORMS['congress-count-entry'] = dict(
    name='congressCountEntry', title='录入计票结果',
    variables=['roundId'],
    comment='A counter enters the tally sheet of the round (POST /rounds/{roundId}/entries, mode SHEET; ballot-by-ballot '
            'entry is the API’s). The count is sealed until a scrutineer confirms it: after saving, the form shows the '
            'counter’s own entry (count.ownEntry) and nothing else of the count. Completing needs a saved entry.',
    body='''  <dl class="dl-horizontal cg-round"></dl>
  <div class="cg-sheet">
    <p class="text-muted">按计票单录入：有效票 + 无效票 = 收回选票；每名候选人的赞成 + 不赞成 + 弃权 = 有效票。计票结果在监票人确认前密封，只有您本人能看到自己的录入。</p>
    <div class="row">
      <div class="col-sm-3 form-group"><label>有效票</label><input class="form-control cg-valid" type="number" min="0" data-field="valid"></div>
      <div class="col-sm-3 form-group"><label>无效票</label><input class="form-control cg-invalid" type="number" min="0" data-field="invalid"></div>
    </div>
    <table class="table table-condensed table-striped cg-candidates">
      <thead><tr><th>序号</th><th>候选人</th><th>赞成</th><th>不赞成</th><th>弃权</th></tr></thead>
      <tbody></tbody>
    </table>
    <table class="table table-condensed cg-write-ins" style="display:none">
      <thead><tr><th>另选人党员编号</th><th>另选人姓名</th><th>票数</th></tr></thead>
      <tbody></tbody>
    </table>
    <button type="button" class="btn btn-link cg-add-write-in">增加另选他人</button>
    <button type="button" class="btn btn-primary cg-save">保存计票单</button>
  </div>
  <div class="cg-own" style="display:none">
    <h5>本人的录入 <small class="cg-own-meta"></small></h5>
    <dl class="dl-horizontal cg-own-summary"></dl>
    <table class="table table-condensed table-striped cg-own-candidates">
      <thead><tr><th>候选人</th><th>赞成</th><th>不赞成</th><th>弃权</th></tr></thead>
      <tbody></tbody>
    </table>
    <table class="table table-condensed cg-own-write-ins" style="display:none">
      <thead><tr><th>另选人</th><th>票数</th></tr></thead>
      <tbody></tbody>
    </table>
  </div>''',
    script='''    var ballot = [], saved = false;
    function names() { var n = {}; ballot.forEach(function (c) { n[c.memberId] = c.name; }); return n; }
    // the counter's own entry, as the API shows it to them (never another's)
    function showOwn(own) {
      if (!own) return;
      saved = true;
      $('.cg-sheet').style.display = 'none';
      $('.cg-own').style.display = '';
      $('.cg-own-meta').textContent = (own.mode === 'SHEET' ? '计票单' : '逐张录入') + '，' + own.counter;
      var summary = $('.cg-own-summary'), n = names();
      summary.innerHTML = ''; $('.cg-own-candidates tbody').innerHTML = ''; $('.cg-own-write-ins tbody').innerHTML = '';
      if (own.mode === 'SHEET') {
        fact(summary, '有效票', own.sheet.valid); fact(summary, '无效票', own.sheet.invalid);
        var order = ballot.map(function (c) { return c.memberId; });
        own.sheet.candidates.slice().sort(function (a, b) {
          return order.indexOf(a.memberId) - order.indexOf(b.memberId);
        }).forEach(function (c) {
          var tr = document.createElement('tr');
          cell(tr, (n[c.memberId] || '') + '（' + c.memberId + '）'); cell(tr, c.votesFor); cell(tr, c.against); cell(tr, c.abstain);
          $('.cg-own-candidates tbody').appendChild(tr);
        });
        own.sheet.writeIns.forEach(function (w) {
          var tr = document.createElement('tr');
          cell(tr, (w.name || '') + (w.memberId ? '（' + w.memberId + '）' : '')); cell(tr, w.votes);
          $('.cg-own-write-ins tbody').appendChild(tr);
        });
        $('.cg-own-write-ins').style.display = own.sheet.writeIns.length ? '' : 'none';
      } else {
        fact(summary, '录入选票', (own.ballots || []).length + ' 张');
        $('.cg-own-candidates').style.display = 'none';
      }
    }
    function writeInRow() {
      var tr = document.createElement('tr');
      cell(tr, '').appendChild(input('text', '', 'cg-w-member'));
      cell(tr, '').appendChild(input('text', '', 'cg-w-name'));
      cell(tr, '').appendChild(input('number', '', 'cg-w-votes'));
      $('.cg-write-ins tbody').appendChild(tr);
      $('.cg-write-ins').style.display = '';
    }
    function load() {
      return api('GET', '/rounds/' + roundId).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var view = result.body;
        showRound($('.cg-round'), view.round);
        ballot = view.ballot;
        if (!view.round.writeInsAllowed) $('.cg-add-write-in').style.display = 'none';
        ballot.forEach(function (c, i) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', c.memberId);
          cell(tr, i + 1); cell(tr, person(c));
          cell(tr, '').appendChild(input('number', '', 'cg-for'));
          cell(tr, '').appendChild(input('number', '', 'cg-against'));
          cell(tr, '').appendChild(input('number', '', 'cg-abstain'));
          $('.cg-candidates tbody').appendChild(tr);
        });
        showOwn(view.count && view.count.ownEntry);
      });
    }
    $('.cg-add-write-in').addEventListener('click', writeInRow);
    $('.cg-save').addEventListener('click', function () {
      var sheet = { valid: number($('.cg-valid')), invalid: number($('.cg-invalid')),
        candidates: $$('.cg-candidates tbody tr').map(function (tr) {
          return { memberId: tr.getAttribute('data-member'), votesFor: number(tr.querySelector('.cg-for')),
            against: number(tr.querySelector('.cg-against')), abstain: number(tr.querySelector('.cg-abstain')) };
        }),
        writeIns: $$('.cg-write-ins tbody tr').map(function (tr) {
          return { memberId: tr.querySelector('.cg-w-member').value.trim() || null,
            name: tr.querySelector('.cg-w-name').value.trim(), votes: number(tr.querySelector('.cg-w-votes')) };
        }).filter(function (w) { return w.memberId || w.name || w.votes !== null; }) };
      api('POST', '/rounds/' + roundId + '/entries', { mode: 'SHEET', sheet: sheet }).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        showOwn(result.body.count && result.body.count.ownEntry);
        showSaved('计票单已保存（监票人确认前密封），可点击“完成”');
      });
    });
    camForm.on('submit', function (evt) {
      if (!saved) refuse(evt, '请先保存计票单');
    });''')

# --- 6. the scrutineer's confirmation --------------------------------------------------------------------------------
FORMS['congress-confirm-count'] = dict(
    name='congressConfirmCount', title='监票人核对并确认计票结果',
    variables=['roundId'],
    comment='A scrutineer who entered neither confirms the count by completing the task (the server confirms it in the '
            'task listener). While sealed the form shows the number of entries and where the two entries differ '
            '(count.differences: places, never figures); when they differ the scrutineer checks the paper ballots and '
            'records which entry holds (GET /rounds/{roundId}/entries gives the entries’ ids and counters, no figure; '
            'POST /rounds/{roundId}/resolution).',
    body='''  <dl class="dl-horizontal cg-round"></dl>
  <p class="cg-sealed"></p>
  <div class="cg-differences-box" style="display:none">
    <h5>两次录入不一致之处（请核对纸质选票）</h5>
    <ul class="cg-differences"></ul>
    <div class="cg-resolution">
      <div class="form-group cg-entries"><label>经核对，以哪次录入为准</label></div>
      <div class="form-group"><label>核对选票的情况</label><textarea class="form-control cg-reason" rows="2" data-field="reason"></textarea></div>
      <button type="button" class="btn btn-default cg-resolve">记录处理结果</button>
    </div>
  </div>''',
    script='''    var count = null, resolved = false;
    function load() {
      return api('GET', '/rounds/' + roundId).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var view = result.body;
        count = view.count;
        showRound($('.cg-round'), view.round);
        fact($('.cg-round'), '已录入', count.entries + ' 次（须由两名计票人分别录入）');
        $('.cg-sealed').textContent = count.sealed
          ? '计票结果密封：确认前任何人（包括监票人）都看不到票数。点击“完成”即确认计票结果，确认后结果公开。'
          : '计票结果已经确认。';
        if (!(count.differences || []).length) return;
        $('.cg-differences-box').style.display = '';
        count.differences.forEach(function (d) {
          var li = document.createElement('li');
          li.setAttribute('data-field', d.field);
          li.textContent = d.message;
          $('.cg-differences').appendChild(li);
        });
        return api('GET', '/rounds/' + roundId + '/entries').then(function (entries) {
          if (!entries.ok) { showErrors(entries); return; }
          entries.body.forEach(function (e) {
            var label = document.createElement('label');
            label.className = 'radio-inline';
            var radio = document.createElement('input');
            radio.type = 'radio'; radio.name = 'cg-entry'; radio.className = 'cg-entry'; radio.value = e.id;
            label.appendChild(radio);
            label.appendChild(document.createTextNode(' 第' + (e.number === 1 ? '一' : '二') + '次录入（计票人 ' + e.counter
              + '，' + (e.mode === 'SHEET' ? '计票单' : '逐张录入') + '）'));
            $('.cg-entries').appendChild(label);
          });
        });
      });
    }
    $('.cg-resolve').addEventListener('click', function () {
      var chosen = root.querySelector('.cg-entry:checked');
      api('POST', '/rounds/' + roundId + '/resolution', { entryId: chosen ? Number(chosen.value) : null,
        reason: $('.cg-reason').value.trim() }).then(function (result) {
        if (!result.ok) {
          showErrors(result);
          // recorded before (e.g. the form was opened again): nothing more to resolve
          if ((result.body && result.body.violations || []).some(function (v) { return v.rule === 'RESOLVED'; })) resolved = true;
          return;
        }
        resolved = true;
        showSaved('处理结果已记录，可点击“完成”确认计票结果');
      });
    });
    camForm.on('submit', function (evt) {
      if (!count) { refuse(evt, '计票情况未能读取'); return; }
      if (count.entries < 2) { refuse(evt, '本轮计票尚未由两名计票人分别录入'); return; }
      if ((count.differences || []).length && !resolved) {
        refuse(evt, '两次录入不一致：请核对纸质选票，记录以哪次录入为准后再确认');
      }
    });''')

# --- 7. unfilled seats -----------------------------------------------------------------------------------------------
FORMS['congress-unfilled-seats'] = dict(
    name='congressUnfilledSeats', title='名额未选足：大会决定另行选举或减少名额',
    variables=['roundId'],
    comment='The confirmed count of the last round (visible once confirmed) and the conference’s rules on giving '
            'seats up; the decision goes with the completion as reduceSeats (Boolean) and reason (String).',
    body='''  <dl class="dl-horizontal cg-round"></dl>
  <dl class="dl-horizontal cg-outcome"></dl>
  <table class="table table-condensed table-striped cg-standings">
    <thead><tr><th>姓名</th><th>赞成票</th><th>结果</th></tr></thead>
    <tbody></tbody>
  </table>
  <p class="text-muted cg-rule"></p>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="cg-choice" class="cg-supplementary"> 另行选举</label>
    <label class="radio-inline"><input type="radio" name="cg-choice" class="cg-reduce"> 减少名额</label>
  </div>
  <div class="form-group"><label>理由（减少名额须填写）</label><textarea class="form-control cg-reason" rows="2"></textarea></div>''',
    script='''    function load() {
      return api('GET', '/rounds/' + roundId).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var view = result.body, outcome = view.count && view.count.outcome, tally = view.count && view.count.tally;
        showRound($('.cg-round'), view.round);
        if (!outcome) { showErrors({ status: 0, body: { message: '本轮计票结果尚未确认' } }); return; }
        var list = $('.cg-outcome');
        fact(list, '有效票／无效票', tally.valid + '／' + tally.invalid);
        fact(list, '当选须得赞成票', '至少 ' + outcome.minimumVotes + ' 票');
        fact(list, '当选', outcome.elected.length + ' 名');
        fact(list, '缺额', outcome.unfilledSeats + ' 名');
        outcome.standings.forEach(function (s) {
          var tr = document.createElement('tr');
          cell(tr, (s.name || '') + '（' + s.memberId + '）' + (s.writeIn ? '（另选）' : ''));
          cell(tr, s.votesFor); cell(tr, RESULTS[s.result] || s.result);
          $('.cg-standings tbody').appendChild(tr);
        });
        return api('GET', '').then(function (overview) {
          if (!overview.ok) return;
          var r = overview.body.rules || {};
          $('.cg-rule').textContent = r.seatReductionAllowed
            ? '选举办法允许减少名额' + (r.maxSeatReduction ? '（最多 ' + r.maxSeatReduction + ' 名）' : '') + '。'
            : '选举办法不允许减少名额，须另行选举。';
        });
      });
    }
    camForm.on('submit', function (evt) {
      var supplementary = $('.cg-supplementary').checked, reduce = $('.cg-reduce').checked;
      var reason = $('.cg-reason').value.trim();
      if (!supplementary && !reduce) { refuse(evt, '请选择另行选举或减少名额'); return; }
      if (reduce && !reason) { refuse(evt, '减少名额须填写理由'); return; }
      submitVariable('reduceSeats', 'Boolean', reduce);
      if (reason) submitVariable('reason', 'String', reason);
    });''')

# --- 8. filing the results -------------------------------------------------------------------------------------------
FORMS['congress-file-results'] = dict(
    name='congressFileResults', title='向上级党委报送选举结果报告、代表名册和登记表',
    variables=[],
    comment='The organization department files the results with the upper committee: the elected in surname stroke '
            'order with seat source, round and votes, the seats, the structure rule by rule; the materials are the '
            'report API’s (stage ELECTION). Completing files them (the server builds the filing).',
    body='''  <dl class="dl-horizontal cg-summary"></dl>
  <h5>当选代表（按姓氏笔画为序）</h5>
  <table class="table table-condensed table-striped cg-elected">
    <thead><tr><th>序号</th><th>姓名</th><th>名额来源</th><th>当选轮次</th><th>得票</th></tr></thead>
    <tbody></tbody>
  </table>
  <h5>代表结构</h5>
  <table class="table table-condensed cg-structure">
    <thead><tr><th>规则</th><th>要求</th><th>人数</th><th>情况</th></tr></thead>
    <tbody></tbody>
  </table>
  <h5>报送材料</h5>
  <ul class="cg-materials">
    <li><a class="cg-roster" target="_blank">代表名册（Excel）</a></li>
    <li><a class="cg-forms" target="_blank">代表登记表（PDF）</a></li>
    <li><a class="cg-report" target="_blank">选举情况报告（PDF）</a></li>
  </ul>''',
    script='''    function load() {
      var reports = '/api/reports/elections/' + encodeURIComponent(electionId) + '/stages/ELECTION';
      $('.cg-roster').href = reports + '/roster.xlsx';
      $('.cg-forms').href = reports + '/registration-forms.pdf';
      $('.cg-report').href = reports + '/situation-report.pdf';
      return api('GET', '/results').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var r = result.body, list = $('.cg-summary');
        fact(list, '应选名额', r.seats);
        fact(list, '当选代表', r.elected.length + ' 名');
        if (r.seatsGivenUp) fact(list, '减少名额', r.seatsGivenUp + ' 名');
        fact(list, '名额', r.complete ? '已选足' : '未选足');
        fact(list, '代表结构', r.structureMet ? '符合要求' : '有未满足的要求');
        r.elected.forEach(function (d, i) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', d.memberId);
          cell(tr, i + 1); cell(tr, person(d)); cell(tr, SOURCES[d.seatSource] || d.seatSource);
          cell(tr, '第 ' + d.round + ' 轮'); cell(tr, d.votesFor);
          $('.cg-elected tbody').appendChild(tr);
        });
        r.structure.forEach(function (s) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-rule', s.code);
          cell(tr, s.label); cell(tr, s.requirement); cell(tr, s.count + '／' + s.population);
          cell(tr, s.met ? '满足' : '未满足' + (s.message ? '：' + s.message : ''));
          $('.cg-structure tbody').appendChild(tr);
        });
      });
    }''')

# --- 9. credentials --------------------------------------------------------------------------------------------------
FORMS['congress-credentials'] = dict(
    name='congressCredentials', title='审查代表资格',
    variables=[],
    comment='The upper committee decides on each delegate awaiting review: confirmed, or invalid as a wrong procedure '
            '(the seat is voted again) or not qualified (replaced), with a reason. Saved with PUT /credentials (all or '
            'nothing); completing needs every delegate decided (the server checks again).',
    body='''  <p class="text-muted">对每名待审查的代表作出审查结论，点击“保存审查结论”，全部审查后再点击“完成”。待审查 <strong class="cg-awaiting">0</strong> 名。</p>
  <button type="button" class="btn btn-link cg-all">全部确认</button>
  <table class="table table-condensed table-striped cg-delegates">
    <thead><tr><th>姓名</th><th>名额来源</th><th>当选轮次</th><th>审查结论</th><th>无效情形</th><th>理由</th></tr></thead>
    <tbody></tbody>
  </table>
  <button type="button" class="btn btn-primary cg-save">保存审查结论</button>''',
    script='''    var DECISIONS = { CONFIRMED: '确认', INVALID: '无效' };
    var KINDS_INVALID = { WRONG_PROCEDURE: '选举程序违法', NOT_QUALIFIED: '不符合代表资格' };
    var awaiting = 0;
    function show(list) {
      var body = $('.cg-delegates tbody');
      body.innerHTML = '';
      awaiting = 0;
      list.forEach(function (c) {
        var d = c.delegate, tr = document.createElement('tr');
        tr.setAttribute('data-member', d.memberId);
        cell(tr, person(d)); cell(tr, SOURCES[d.seatSource] || d.seatSource); cell(tr, '第 ' + d.round + ' 轮');
        if (c.decision) {
          tr.className = 'cg-decided';
          cell(tr, DECISIONS[c.decision.decision] || c.decision.decision);
          cell(tr, c.decision.invalidKind ? KINDS_INVALID[c.decision.invalidKind] : '');
          cell(tr, c.decision.reason || '');
        } else {
          awaiting++;
          tr.className = 'cg-open';
          var decision = select(DECISIONS, '', 'cg-decision'), kind = select(KINDS_INVALID, '', 'cg-kind');
          var reason = input('text', '', 'cg-reason');
          kind.disabled = true; reason.disabled = true;
          decision.addEventListener('change', function () {
            var invalid = decision.value === 'INVALID';
            kind.disabled = !invalid; reason.disabled = !invalid;
          });
          cell(tr, '').appendChild(decision); cell(tr, '').appendChild(kind); cell(tr, '').appendChild(reason);
        }
        body.appendChild(tr);
      });
      $('.cg-awaiting').textContent = awaiting;
      $('.cg-save').style.display = awaiting ? '' : 'none';
      $('.cg-all').style.display = awaiting ? '' : 'none';
    }
    function load() {
      return api('GET', '/credentials').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        show(result.body);
      });
    }
    $('.cg-all').addEventListener('click', function () {
      $$('.cg-open').forEach(function (tr) {
        var decision = tr.querySelector('.cg-decision');
        if (!decision.value) { decision.value = 'CONFIRMED'; decision.dispatchEvent(new Event('change')); }
      });
    });
    $('.cg-save').addEventListener('click', function () {
      var decisions = $$('.cg-open').filter(function (tr) { return tr.querySelector('.cg-decision').value; })
        .map(function (tr) {
          var decision = tr.querySelector('.cg-decision').value, invalid = decision === 'INVALID';
          return { memberId: tr.getAttribute('data-member'), decision: decision,
            invalidKind: invalid ? (tr.querySelector('.cg-kind').value || null) : null,
            reason: invalid ? tr.querySelector('.cg-reason').value.trim() : null };
        });
      if (!decisions.length) { showErrors({ status: 0, body: { message: '请逐一作出审查结论' } }); return; }
      api('PUT', '/credentials', decisions).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        show(result.body);
        showSaved('审查结论已保存' + (awaiting ? '，尚有 ' + awaiting + ' 名待审查' : '，可点击“完成”'));
      });
    });
    camForm.on('submit', function (evt) {
      if (awaiting) refuse(evt, '尚有 ' + awaiting + ' 名代表未作审查结论，请先保存');
    });''')

for file, f in FORMS.items():
    page = PAGE
    for key, value in (('@NAME@', f['name']), ('@COMMENT@', f['comment']), ('@TITLE@', f['title']),
                       ('@BODY@', f['body']), ('@COMMON@', common), ('@LOADER@', loader(f['variables'])),
                       ('@SHARED@', SHARED), ('@SCRIPT@', f['script'])):
        page = page.replace(key, value)
    (out / (file + '.html')).write_text(page, encoding='utf-8')
    print('wrote', file + '.html')
