#!/usr/bin/env python3
"""Writes the embedded Tasklist forms of PreliminaryCandidatesProcess (processes/forms/preliminary-*.html) from the
templates below; their helpers come from the served script processes/forms/shared/nomination-forms.js (see
formlib.py). Run it after changing the templates; the forms are committed. Every rule is checked by the server when
the task completes: the forms only help."""
import pathlib

import formlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / 'processes' / 'forms'
common = formlib.prelude('preliminary-candidate',
                         "'/api/elections/' + encodeURIComponent(electionId) + '/preliminary-candidates'", prefix='pc') + '''
    var electionId;
    camForm.on('form-loaded', function () { camForm.variableManager.fetchVariable('electionId'); });
    camForm.on('variables-fetched', function () {
      electionId = camForm.variableManager.variableValue('electionId');
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });'''

PAGE = '''<form role="form" name="%(name)s" class="preliminary-form" data-loaded="false">
  <!-- %(comment)s -->
  <h4>%(title)s</h4>
%(body)s
  <div class="alert alert-danger pc-errors" style="display:none"></div>
  <div class="alert alert-success pc-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
%(script)s
  </script>
</form>
'''

# the confirmed list as a table (used by the confirmation, the filing and the two gates)
LIST_TABLE = '''  <dl class="dl-horizontal pc-summary"></dl>
  <table class="table table-condensed table-striped pc-list">
    <thead><tr><th>序号</th><th>姓名</th><th>得票</th><th>身份类别</th><th>选举日年龄</th><th>说明</th></tr></thead>
    <tbody></tbody>
  </table>'''

GATE_CHOICE = '''  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="pc-choice" class="pc-yes"> %(yes)s</label>
    <label class="radio-inline"><input type="radio" name="pc-choice" class="pc-no"> 退回</label>
  </div>
  <div class="form-group"><label>退回理由</label><textarea class="form-control pc-reason" rows="2"></textarea></div>'''

SHOW_FILING = '''    function summary(label, value) {
      var dt = document.createElement('dt'); dt.textContent = label;
      var dd = document.createElement('dd'); dd.textContent = value === undefined || value === null ? '' : value;
      $('.pc-summary').appendChild(dt); $('.pc-summary').appendChild(dd);
    }
    function load() {
      return api('GET', '/filing').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var f = result.body, r = f.roster || {};
        summary('应选代表', r.seats); summary('预备人选', r.count); summary('全委会应到／实到', r.expected + '／' + r.present);
        summary('录入／确认', r.recordedBy + '／' + r.confirmedBy);
        summary('结构要求', r.structureFeasible === false ? '无法满足' : '可以满足');
        if (r.briefing) summary('通报情况', r.briefing.heldOn + '：' + r.briefing.opinions);
        var pivotal = {};
        (r.pivotal || []).forEach(function (p) { pivotal[p.memberId] = p.message; });
        (r.candidates || []).forEach(function (c) {
          var tr = document.createElement('tr');
          cell(tr, c.order); cell(tr, (c.name || '') + '（' + c.memberId + '）'); cell(tr, c.votes);
          cell(tr, c.categoryName || c.category); cell(tr, c.ageAtElection); cell(tr, pivotal[c.memberId] || '');
          $('.pc-list tbody').appendChild(tr);
        });
      });
    }'''

GATE_SUBMIT = '''    camForm.on('submit', function (evt) {
      var yes = $('.pc-yes').checked, no = $('.pc-no').checked, reason = $('.pc-reason').value.trim();
      if (!yes && !no) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请选择%(yes)s或退回' } }); return; }
      if (no && !reason) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '退回须填写理由' } }); return; }
      submitVariable('%(variable)s', 'Boolean', yes);
      if (no) submitVariable('reason', 'String', reason);
    });'''

FORMS = {
  'preliminary-briefing': dict(name='preliminaryBriefing', title='向民主党派、工商联和无党派人士通报情况',
    comment='The organization department records the briefing: date, attendees by group, the opinions heard. Saved '
            'through the domain API; completing the task needs a saved briefing.',
    body='''  <div class="form-group"><label>通报会日期</label><input class="form-control pc-held-on" type="date"></div>
  <table class="table table-condensed pc-groups">
    <thead><tr><th>方面</th><th>参加人数</th><th>参加人员</th></tr></thead>
    <tbody>
      <tr data-group="DEMOCRATIC_PARTIES"><td>民主党派</td><td><input class="form-control input-sm pc-count" type="number" min="0"></td><td><input class="form-control input-sm pc-names" type="text"></td></tr>
      <tr data-group="FEDERATION_OF_INDUSTRY_AND_COMMERCE"><td>工商联</td><td><input class="form-control input-sm pc-count" type="number" min="0"></td><td><input class="form-control input-sm pc-names" type="text"></td></tr>
      <tr data-group="NON_PARTY_FIGURES"><td>无党派人士</td><td><input class="form-control input-sm pc-count" type="number" min="0"></td><td><input class="form-control input-sm pc-names" type="text"></td></tr>
    </tbody>
  </table>
  <div class="form-group"><label>听取的意见（无意见的写明“无不同意见”）</label><textarea class="form-control pc-opinions" rows="3"></textarea></div>
  <button type="button" class="btn btn-default pc-save">保存</button>''',
    script='''    var saved = false;
    function load() {
      return api('GET', '/briefing').then(function (result) {
        if (!result.ok) return;
        var b = result.body;
        $('.pc-held-on').value = b.heldOn || '';
        $('.pc-opinions').value = b.opinions || '';
        (b.attendees || []).forEach(function (a) {
          var tr = root.querySelector('tr[data-group="' + a.group + '"]');
          if (!tr) return;
          tr.querySelector('.pc-count').value = a.count;
          tr.querySelector('.pc-names').value = a.names || '';
        });
        saved = true;
      });
    }
    root.addEventListener('input', function () { saved = false; });
    $('.pc-save').addEventListener('click', function () {
      var attendees = [];
      root.querySelectorAll('.pc-groups tbody tr').forEach(function (tr) {
        var count = tr.querySelector('.pc-count').value;
        if (count === '' && !tr.querySelector('.pc-names').value) return;
        attendees.push({ group: tr.getAttribute('data-group'), count: count === '' ? null : Number(count),
          names: tr.querySelector('.pc-names').value });
      });
      api('PUT', '/briefing', { heldOn: $('.pc-held-on').value || null, attendees: attendees,
        opinions: $('.pc-opinions').value }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('已保存，可点击“完成”');
      });
    });
    camForm.on('submit', function (evt) {
      if (!saved) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请先保存通报情况' } }); }
    });'''),
  'preliminary-vote': dict(name='preliminaryVote', title='全委会圈选确定代表候选人预备人选',
    comment='The plenary circle-votes from the initial candidates: members expected and present, votes per name, the '
            'names chosen. Saved as a draft; completing the task records the meeting after the server checked every '
            'rule (at most the configured number, more than the seats, chosen by votes, structure, quorum, majority).',
    body='''  <p class="text-muted">填写每名初步人选的得票数并勾选确定的人选，点击“保存草稿”，保存成功后再点击“完成”。已选 <strong class="pc-count">0</strong> 名。</p>
  <div class="row">
    <div class="col-sm-3 form-group"><label>应到人数</label><input class="form-control pc-expected" type="number" min="1"></div>
    <div class="col-sm-3 form-group"><label>实到人数</label><input class="form-control pc-present" type="number" min="0"></div>
    <div class="col-sm-6 form-group"><label>会议决定</label><input class="form-control pc-decision" type="text"></div>
  </div>
  <table class="table table-condensed table-striped pc-ballot">
    <thead><tr><th>姓名</th><th>得票</th><th>确定</th></tr></thead>
    <tbody></tbody>
  </table>
  <button type="button" class="btn btn-default pc-save">保存草稿</button>''',
    script='''    var saved = false;
    function count() { $('.pc-count').textContent = root.querySelectorAll('.pc-pick:checked').length; }
    function load() {
      return Promise.all([api('GET', '/initial'), api('GET', '/vote')]).then(function (r) {
        if (!r[0].ok) { showErrors(r[0]); return; }
        var view = (r[1].ok && r[1].body) || {}, draft = view.draft, votes = {};
        if (view.meeting && view.meeting.status === 'REJECTED') {
          showErrors({ status: 0, body: { message: '上次表决结果被退回（' + view.meeting.rejectedBy + '）：' + view.meeting.rejectionReason } });
        }
        if (draft) {
          $('.pc-expected').value = draft.expected == null ? '' : draft.expected;
          $('.pc-present').value = draft.present == null ? '' : draft.present;
          $('.pc-decision').value = draft.decision || '';
          (draft.votes || []).forEach(function (v) { votes[v.memberId] = v; });
          saved = true;
        }
        r[0].body.forEach(function (c) {
          var v = votes[c.memberId] || {}, tr = document.createElement('tr');
          tr.setAttribute('data-member', c.memberId);
          cell(tr, (c.name || '') + '（' + c.memberId + '）');
          var td = cell(tr, ''), input = document.createElement('input');
          input.type = 'number'; input.min = '0'; input.className = 'form-control input-sm pc-votes';
          input.value = v.votes == null ? '' : v.votes; td.appendChild(input);
          var pick = document.createElement('input');
          pick.type = 'checkbox'; pick.className = 'pc-pick'; pick.checked = !!v.selected;
          cell(tr, '').appendChild(pick);
          $('.pc-ballot tbody').appendChild(tr);
        });
        count();
      });
    }
    root.addEventListener('input', function () { saved = false; count(); });
    root.addEventListener('change', function () { saved = false; count(); });
    $('.pc-save').addEventListener('click', function () {
      var votes = [];
      root.querySelectorAll('.pc-ballot tbody tr').forEach(function (tr) {
        var n = tr.querySelector('.pc-votes').value;
        votes.push({ memberId: tr.getAttribute('data-member'), votes: n === '' ? null : Number(n),
          selected: tr.querySelector('.pc-pick').checked });
      });
      var num = function (sel) { var v = $(sel).value; return v === '' ? null : Number(v); };
      api('PUT', '/vote', { expected: num('.pc-expected'), present: num('.pc-present'),
        decision: $('.pc-decision').value, votes: votes }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('草稿已保存，可点击“完成”提交（提交时检查全部规则）');
      });
    });
    camForm.on('submit', function (evt) {
      if (!saved) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请先保存草稿' } }); }
    });'''),
  'preliminary-confirm-vote': dict(name='preliminaryConfirmVote', title='确认全委会表决结果',
    comment='Another member of the plenary confirms the recorded vote or rejects it with a reason (the recorder cannot '
            'confirm it: SECOND_PERSON). Sent as voteConfirmed and reason.',
    body=LIST_TABLE + '\n' + GATE_CHOICE % {'yes': '确认'},
    script='''    function load() {
      return api('GET', '/vote').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var m = result.body.meeting;
        if (!m) { showErrors({ status: 0, body: { message: '没有待确认的表决结果' } }); return; }
        var dt = document.createElement('dt'); dt.textContent = '应到／实到';
        var dd = document.createElement('dd'); dd.textContent = m.expected + '／' + m.present + '（录入：' + m.recordedBy + '）';
        $('.pc-summary').appendChild(dt); $('.pc-summary').appendChild(dd);
        var order = 1;
        m.votes.forEach(function (v) {
          var tr = document.createElement('tr');
          cell(tr, v.selected ? order++ : ''); cell(tr, (v.name || '') + '（' + v.memberId + '）'); cell(tr, v.votes);
          cell(tr, ''); cell(tr, ''); cell(tr, v.selected ? '确定' : '未确定');
          $('.pc-list tbody').appendChild(tr);
        });
      });
    }
''' + GATE_SUBMIT % {'yes': '确认', 'variable': 'voteConfirmed'}),
  'preliminary-filing': dict(name='preliminaryFiling', title='报上级党委组织部预审',
    comment='The organization department files the confirmed list (roster, votes, briefing, structure) for the upper '
            'organization department’s preliminary review; the server builds the filing when the task completes.',
    body='''  <p class="text-muted">核对全委会确定的预备人选后点击“完成”报送。</p>
  <table class="table table-condensed table-striped pc-list">
    <thead><tr><th>序号</th><th>姓名</th><th>得票</th></tr></thead>
    <tbody></tbody>
  </table>''',
    script='''    function load() {
      return api('GET', '/vote').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var m = result.body.meeting, order = 1;
        ((m && m.votes) || []).filter(function (v) { return v.selected; }).forEach(function (v) {
          var tr = document.createElement('tr');
          cell(tr, order++); cell(tr, (v.name || '') + '（' + v.memberId + '）'); cell(tr, v.votes);
          $('.pc-list tbody').appendChild(tr);
        });
      });
    }'''),
  'preliminary-review': dict(name='preliminaryReview', title='上级党委组织部预审代表候选人预备人选',
    comment='Gate 1: the upper committee’s organization department passes the filed list or returns it with a reason '
            '(the plenary then votes again). Sent as reviewPassed and reason.',
    body=LIST_TABLE + '\n' + GATE_CHOICE % {'yes': '预审通过'},
    script=SHOW_FILING + '\n' + GATE_SUBMIT % {'yes': '预审通过', 'variable': 'reviewPassed'}),
  'preliminary-approval': dict(name='preliminaryApproval', title='上级党委审批代表候选人预备人选',
    comment='Gate 2: the upper committee approves the reviewed list or returns it with a reason (the plenary then votes '
            'again). Sent as approved and reason.',
    body=LIST_TABLE + '\n' + GATE_CHOICE % {'yes': '批准'},
    script=SHOW_FILING + '\n' + GATE_SUBMIT % {'yes': '批准', 'variable': 'approved'}),
}

for file, f in FORMS.items():
    (out / (file + '.html')).write_text(PAGE % dict(f, common=common.rstrip('\n')), encoding='utf-8')
    print('wrote', file + '.html')
