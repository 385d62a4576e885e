#!/usr/bin/env python3
"""Writes the embedded Tasklist forms of InitialCandidatesProcess (processes/forms/initial-*.html) from the templates
below; their helpers come from the served script processes/forms/shared/nomination-forms.js (see formlib.py). Run it
after changing the templates; the forms are committed."""
import pathlib

import formlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / 'processes' / 'forms'
FIELDS = """{ candidates: '代表候选人初步人选', summary: '意见汇总', feedbackAgrees: '意见', disciplineAgrees: '纪委意见',
      upperConsents: '审核意见', proposalConfirmed: '确认', adjustmentConfirmed: '确认', expected: '应到人数',
      present: '实到人数', decision: '决定', votes: '表决情况', draft: '会议记录', agrees: '意见', remark: '意见说明',
      nameRemarks: '对人选的意见', reason: '理由', filingConsented: '审核意见', status: '状态', task: '任务',
      meeting: '会议记录', proposal: '建议名单' }"""
common = formlib.prelude('initial-candidate',
                         "'/api/elections/' + encodeURIComponent(electionId) + '/initial-candidates'", FIELDS)

LOAD = '''
    var electionId;
    camForm.on('form-loaded', function () { camForm.variableManager.fetchVariable('electionId'); });
    camForm.on('variables-fetched', function () {
      electionId = camForm.variableManager.variableValue('electionId');
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });
'''

MEETING = '''<form role="form" name="%(name)s" class="targets-form" data-loaded="false">
  <!-- %(comment)s Saved as a draft through the domain API; completing the task records the meeting after the server
       checked every rule (count, pool, eligibility, identity, structure feasibility%(extraRules)s) and the meeting rules. -->
  <h4>%(title)s</h4>
  <p class="text-muted">%(help)s点击“保存草稿”，保存成功后再点击“完成”。已选 <strong class="tg-count">0</strong> 名。</p>
  <div class="row">
    <div class="col-sm-3 form-group"><label>应到人数</label><input class="form-control tg-expected" type="number" min="1"></div>
    <div class="col-sm-3 form-group"><label>实到人数</label><input class="form-control tg-present" type="number" min="0"></div>
    <div class="col-sm-6 form-group"><label>会议决定</label><input class="form-control tg-decision" type="text"></div>
  </div>
  <table class="table table-condensed table-striped tg-pool">
    <thead><tr><th>序号</th><th>姓名</th><th>身份类别</th><th>选定</th><th>票数</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default tg-save">保存草稿</button>

  <script cam-script type="text/form-script">
%(common)s
    var STAGE = '%(stage)s', saved = false;
''' + LOAD + '''
    function count() { $('.tg-count').textContent = root.querySelectorAll('.tg-pick:checked').length; }
    function dirty() { saved = false; count(); }
    function load() {
      return Promise.all([api('GET', '/pool'), api('GET', '/' + STAGE), api('GET', '')]).then(function (r) {
        for (var i = 0; i < 3; i++) if (!r[i].ok) { showErrors(r[i]); return; }
        var pool = r[0].body || [], draft = r[1].body && r[1].body.draft, votes = {};
        if (draft) {
          $('.tg-expected').value = draft.expected == null ? '' : draft.expected;
          $('.tg-present').value = draft.present == null ? '' : draft.present;
          $('.tg-decision').value = draft.decision || '';
          (draft.votes || []).forEach(function (v) { votes[v.memberId] = v; });
          saved = true;
        } else if (STAGE === 'adjustment') {
          (r[2].body.standing || []).forEach(function (id) { votes[id] = { memberId: id, selected: true }; });
        }
        pool.forEach(function (p, i) {
          var v = votes[p.memberId] || {};
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', p.memberId);
          cell(tr, i + 1); cell(tr, p.name + '（' + p.memberId + '）'); cell(tr, p.category);
          var pick = input('checkbox', v.selected, 'tg-pick'); pick.addEventListener('change', dirty);
          cell(tr, '').appendChild(pick);
          var n = input('number', v.votes, 'tg-votes'); n.addEventListener('input', dirty);
          cell(tr, '').appendChild(n);
          $('.tg-pool tbody').appendChild(tr);
        });
        [$('.tg-expected'), $('.tg-present'), $('.tg-decision')].forEach(function (el) { el.addEventListener('input', dirty); });
        count();
      });
    }
    function num(value) { return value === '' ? null : Number(value); }
    $('.tg-save').addEventListener('click', function () {
      var votes = [];
      root.querySelectorAll('.tg-pool tbody tr').forEach(function (tr) {
        var picked = tr.querySelector('.tg-pick').checked, n = tr.querySelector('.tg-votes').value;
        if (picked || n !== '') votes.push({ memberId: tr.getAttribute('data-member'), votes: num(n), selected: picked });
      });
      api('PUT', '/' + STAGE, { expected: num($('.tg-expected').value), present: num($('.tg-present').value),
        decision: $('.tg-decision').value, votes: votes }).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        saved = true;
        showSaved('草稿已保存（已选 ' + votes.filter(function (v) { return v.selected; }).length + ' 名），请点击“完成”提交');
      });
    });
    camForm.on('submit', function (evt) {
      if (!saved) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '请先保存草稿，再点击“完成”' } });
      }
    });
  </script>
</form>
'''

CONFIRM = '''<form role="form" name="%(name)s" class="targets-form" data-loaded="false">
  <!-- A second member of the standing committee confirms or rejects the meeting record (the recorder cannot:
       SECOND_PERSON, checked on the server). The choice goes with the completion as %(variable)s and reason. -->
  <h4>%(title)s</h4>
  <dl class="dl-horizontal tg-meeting"></dl>
  <table class="table table-condensed table-striped tg-votes">
    <thead><tr><th>姓名</th><th>票数</th><th>选定</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="tg-choice" value="yes" class="tg-yes"> 确认</label>
    <label class="radio-inline"><input type="radio" name="tg-choice" value="no" class="tg-no"> 退回</label>
  </div>
  <div class="form-group"><label>退回理由</label><textarea class="form-control tg-reason" rows="2"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
    var STAGE = '%(stage)s';
''' + LOAD + '''
    function term(label, value) {
      var dt = document.createElement('dt'); dt.textContent = label;
      var dd = document.createElement('dd'); dd.textContent = value === null || value === undefined ? '' : String(value);
      $('.tg-meeting').appendChild(dt); $('.tg-meeting').appendChild(dd);
    }
    function load() {
      return api('GET', '/' + STAGE).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var m = result.body && result.body.meeting;
        if (!m) { showErrors({ status: 0, body: { message: '没有待确认的会议记录' } }); return; }
        term('录入人', m.recordedBy); term('应到', m.expected); term('实到', m.present); term('决定', m.decision);
        term('选定人数', m.votes.filter(function (v) { return v.selected; }).length);
        m.votes.forEach(function (v) {
          var tr = document.createElement('tr');
          cell(tr, v.name + '（' + v.memberId + '）'); cell(tr, v.votes); cell(tr, v.selected ? '是' : '');
          $('.tg-votes tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var yes = $('.tg-yes').checked, no = $('.tg-no').checked, reason = $('.tg-reason').value.trim();
      if (!yes && !no) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请选择确认或退回' } }); return; }
      if (no && !reason) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '退回须填写理由' } }); return; }
      submitVariable('%(variable)s', 'Boolean', yes);
      if (no) submitVariable('reason', 'String', reason);
    });
  </script>
</form>
'''

ANSWER = '''<form role="form" name="%(name)s" class="targets-form" data-loaded="false">
  <!-- %(comment)s The answer goes with the completion as %(variable)s and remark; the server requires a remark when
       the answer is no. -->
  <h4>%(title)s</h4>
  <table class="table table-condensed table-striped tg-list">
    <thead><tr><th>序号</th><th>姓名</th><th>身份类别</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="tg-choice" value="yes" class="tg-yes"> %(yes)s</label>
    <label class="radio-inline"><input type="radio" name="tg-choice" value="no" class="tg-no"> %(no)s</label>
  </div>
  <div class="form-group"><label>%(remarkLabel)s</label><textarea class="form-control tg-remark" rows="3"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
''' + LOAD + '''
    function load() {
      return api('GET', '').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        (result.body.names || []).forEach(function (p, i) {
          var tr = document.createElement('tr');
          cell(tr, i + 1); cell(tr, p.name + '（' + p.memberId + '）'); cell(tr, p.category);
          $('.tg-list tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var yes = $('.tg-yes').checked, no = $('.tg-no').checked, remark = $('.tg-remark').value.trim();
      if (!yes && !no) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请选择%(yes)s或%(no)s' } }); return; }
      if (no && !remark) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '%(no)s须说明理由' } }); return; }
      submitVariable('%(variable)s', 'Boolean', yes);
      if (remark) submitVariable('remark', 'String', remark);
    });
  </script>
</form>
'''

FILING = '''<form role="form" name="initialFiling" class="targets-form" data-loaded="false">
  <!-- 三上: the organization department consolidates the units' feedback and files the final list; the summary goes
       with the completion as summary (required). -->
  <h4>汇总推荐单位意见，确定代表候选人初步人选</h4>
  <p class="tg-standing"></p>
  <table class="table table-condensed table-striped tg-feedback">
    <thead><tr><th>推荐单位</th><th>意见</th><th>说明</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="form-group"><label>意见汇总</label><textarea class="form-control tg-summary" rows="3"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
''' + LOAD + '''
    function load() {
      return api('GET', '').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        $('.tg-standing').textContent = '现有代表候选人初步人选 ' + (result.body.standing || []).length + ' 名：'
          + (result.body.names || []).map(function (p) { return p.name; }).join('、');
        (result.body.feedback || []).forEach(function (f) {
          var tr = document.createElement('tr');
          cell(tr, f.unitId); cell(tr, f.agrees ? '同意' : '不同意'); cell(tr, f.remark);
          $('.tg-feedback tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var summary = $('.tg-summary').value.trim();
      if (!summary) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请填写意见汇总' } }); return; }
      submitVariable('summary', 'String', summary);
    });
  </script>
</form>
'''

forms = {
    'initial-proposal': MEETING % {'name': 'initialProposal', 'stage': 'proposal', 'common': common,
        'comment': 'The standing committee proposes the initial candidates from the inspected targets still standing.',
        'extraRules': '', 'title': '常委会研究提出代表候选人初步人选建议名单',
        'help': '从考察合格的考察对象中勾选代表候选人初步人选、填写票数，'},
    'initial-adjustment': MEETING % {'name': 'initialAdjustment', 'stage': 'adjustment', 'common': common,
        'comment': 'After the publicity removed names: a replacement from the remaining targets or a shorter list.',
        'extraRules': ', not above the configured number, the election margin', 'title': '常委会研究递补人选或减少初步人选',
        'help': '公示中有人选被取消资格：可从其余考察合格的考察对象中递补（递补人选将另行公示），或减少人选（须保证选举差额），'},
    'initial-confirm-proposal': CONFIRM % {'name': 'initialConfirmProposal', 'stage': 'proposal', 'common': common,
        'variable': 'proposalConfirmed', 'title': '确认代表候选人初步人选建议名单会议记录'},
    'initial-confirm-adjustment': CONFIRM % {'name': 'initialConfirmAdjustment', 'stage': 'adjustment', 'common': common,
        'variable': 'adjustmentConfirmed', 'title': '确认调整初步人选的会议记录'},
    'initial-discipline': ANSWER % {'name': 'initialDiscipline', 'common': common, 'variable': 'disciplineAgrees',
        'comment': 'The discipline commission gives its opinion on the confirmed proposal; no returns it.',
        'title': '纪委对代表候选人初步人选提出意见', 'yes': '同意', 'no': '不同意', 'remarkLabel': '意见（不同意时必填）'},
    'initial-consent': ANSWER % {'name': 'initialConsent', 'common': common, 'variable': 'upperConsents',
        'comment': 'The upper committee consents (the list is published and sent down) or returns the proposal.',
        'title': '上级党委审核代表候选人初步人选', 'yes': '同意', 'no': '退回', 'remarkLabel': '审核意见（退回时必填）'},
    'initial-deliberation': ANSWER % {'name': 'initialDeliberation', 'common': common, 'variable': 'feedbackAgrees',
        'comment': '三下/三上: the recommending unit deliberates the published list and gives its feedback.',
        'title': '推荐单位酝酿代表候选人初步人选并反馈意见', 'yes': '同意', 'no': '不同意', 'remarkLabel': '意见（不同意时必填）'},
    'initial-filing': FILING % {'common': common},
}
for name, html in forms.items():
    (out / (name + '.html')).write_text(html, encoding='utf-8')
print('wrote', len(forms), 'forms')
