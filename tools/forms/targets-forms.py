#!/usr/bin/env python3
"""Writes the embedded Tasklist forms of InspectionTargetsProcess (processes/forms/targets-*.html) from the templates
below; their helpers come from the served script processes/forms/shared/nomination-forms.js (see formlib.py). Run it
after changing the templates; the forms are committed."""
import pathlib

import formlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / 'processes' / 'forms'
FIELDS = """{ targets: '考察对象', expected: '应到人数', present: '实到人数', decision: '决定', votes: '表决情况',
      draft: '会议记录', agrees: '意见', remark: '意见说明', nameRemarks: '对人选的意见', reason: '理由',
      filingConsented: '审核意见', status: '状态', task: '任务', meeting: '会议记录', proposal: '建议名单' }"""
common = formlib.prelude('inspection-target', "'/api/elections/' + encodeURIComponent(electionId) + '/inspection-targets'",
                         FIELDS)

LOAD = '''
    var electionId, loaded = false;
    camForm.on('form-loaded', function () {
      camForm.variableManager.fetchVariable('electionId');
      %(extraFetch)s
    });
    camForm.on('variables-fetched', function () {
      electionId = camForm.variableManager.variableValue('electionId');
      %(extraRead)s
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });
'''

MEETING = '''<form role="form" name="%(name)s" class="targets-form" data-loaded="false">
  <!-- %(comment)s Saved as a draft through the domain API; completing the task records the
       meeting record after the server checked every rule (count, margin, pool, eligibility, identity, structure%(extraRules)s). -->
  <h4>%(title)s</h4>
  <p class="text-muted">勾选考察对象、填写票数（偏离推荐排序的须说明理由%(extraHelp)s），点击“保存草稿”，保存成功后再点击“完成”。已选 <strong class="tg-count">0</strong> 名。</p>
  <div class="alert alert-warning tg-notice" style="display:none"></div>
  <div class="row">
    <div class="col-sm-3 form-group"><label>应到人数</label><input class="form-control tg-expected" type="number" min="1"></div>
    <div class="col-sm-3 form-group"><label>实到人数</label><input class="form-control tg-present" type="number" min="0"></div>
    <div class="col-sm-6 form-group"><label>会议决定</label><input class="form-control tg-decision" type="text"></div>
  </div>
  %(opinionsBlock)s
  <table class="table table-condensed table-striped tg-pool">
    <thead><tr><th>排序</th><th>姓名</th><th>身份类别</th><th>推荐单位数</th><th>支持支部</th><th>支持党员</th>%(extraHead)s<th>选定</th><th>票数</th><th>偏离排序理由</th>%(reasonHead)s</tr></thead>
    <tbody></tbody>
  </table>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default tg-save">保存草稿</button>

  <script cam-script type="text/form-script">
%(common)s
    var STAGE = '%(stage)s', saved = false, proposed = [];
''' + LOAD % {'extraFetch': '', 'extraRead': ''} + '''
    function count() {
      $('.tg-count').textContent = root.querySelectorAll('.tg-pick:checked').length;
    }
    function dirty() { saved = false; count(); }
    function load() {
      var calls = [api('GET', '/pool'), api('GET', '/' + STAGE)];
      if (STAGE === 'decision') { calls.push(api('GET', '/proposal')); calls.push(api('GET', '/opinions')); calls.push(api('GET', '/filing')); }
      return Promise.all(calls).then(function (r) {
        for (var i = 0; i < 2; i++) if (!r[i].ok) { showErrors(r[i]); return; }
        var pool = r[0].body || [], view = r[1].body || {}, draft = view.draft, votes = {};
        if (STAGE === 'decision' && r[2].ok && r[2].body && r[2].body.meeting) {
          proposed = r[2].body.meeting.votes.filter(function (v) { return v.selected; }).map(function (v) { return v.memberId; });
        }
        if (view.meeting && view.meeting.status === 'REJECTED') {
          notice('上次会议记录被退回（' + view.meeting.rejectedBy + '）：' + view.meeting.rejectionReason);
        }
        if (STAGE === 'decision' && r[4].ok && r[4].body && r[4].body.status === 'RETURNED') {
          notice('上级党委组织部退回了考察对象报备：' + r[4].body.reviewReason);
        }
        if (STAGE === 'decision' && r[3].ok) opinions(r[3].body || []);
        if (draft) {
          $('.tg-expected').value = draft.expected == null ? '' : draft.expected;
          $('.tg-present').value = draft.present == null ? '' : draft.present;
          $('.tg-decision').value = draft.decision || '';
          (draft.votes || []).forEach(function (v) { votes[v.memberId] = v; });
          saved = true;
        } else if (STAGE === 'decision') {
          proposed.forEach(function (id) { votes[id] = { memberId: id, selected: true }; });
        }
        var reasons = (draft && draft.changeReasons) || {};
        var body = $('.tg-pool tbody');
        pool.forEach(function (p) {
          var v = votes[p.memberId] || {};
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', p.memberId);
          cell(tr, p.rank); cell(tr, (p.name || '') + '（' + p.memberId + '）'); cell(tr, p.identityCategory);
          cell(tr, p.unitIds.length); cell(tr, p.branches); cell(tr, p.members);
          if (STAGE === 'decision') cell(tr, proposed.indexOf(p.memberId) >= 0 ? '建议名单' : '');
          cell(tr).appendChild(input('checkbox', v.selected, 'tg-pick'));
          cell(tr).appendChild(input('number', v.votes, 'tg-votes'));
          cell(tr).appendChild(input('text', v.departureReason, 'tg-departure'));
          if (STAGE === 'decision') cell(tr).appendChild(input('text', reasons[p.memberId], 'tg-change'));
          body.appendChild(tr);
        });
        root.querySelectorAll('input').forEach(function (el) { el.addEventListener('change', dirty); });
        count();
      });
    }
    function notice(text) {
      var box = $('.tg-notice');
      var p = document.createElement('p');
      p.textContent = text;
      box.appendChild(p);
      box.style.display = '';
    }
    function opinions(list) {
      var body = $('.tg-opinions tbody');
      list.forEach(function (o) {
        var tr = document.createElement('tr');
        cell(tr, o.unitId); cell(tr, o.submitted ? (o.agrees ? '同意' : '不同意') : '未反馈'); cell(tr, o.remark);
        cell(tr, (o.nameRemarks || []).map(function (n) { return n.memberId + '：' + n.remark; }).join('；'));
        body.appendChild(tr);
      });
    }
    function number(el) { var t = el.value.trim(); return t === '' ? null : Number(t); }
    function save() {
      var votes = [], changes = {};
      root.querySelectorAll('.tg-pool tbody tr').forEach(function (tr) {
        var id = tr.getAttribute('data-member');
        var pick = tr.querySelector('.tg-pick').checked;
        var n = number(tr.querySelector('.tg-votes'));
        var why = tr.querySelector('.tg-departure').value.trim();
        if (pick || n !== null || why) votes.push({ memberId: id, votes: n, selected: pick, departureReason: why || null });
        var change = tr.querySelector('.tg-change');
        if (change && change.value.trim()) changes[id] = change.value.trim();
      });
      api('PUT', '/' + STAGE, { expected: number($('.tg-expected')), present: number($('.tg-present')),
        decision: $('.tg-decision').value.trim() || null, votes: votes, changeReasons: changes })
        .then(function (result) {
          if (!result.ok) { saved = false; showErrors(result); return; }
          saved = true;
          showSaved('草稿已保存，请点击“完成”提交会议记录（服务器将检查全部规则）。');
        });
    }
    $('.tg-save').addEventListener('click', save);
    camForm.on('submit', function (evt) {
      if (!saved) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '请先点击“保存草稿”，保存成功后再完成', violations: [] } });
      }
    });
  </script>
</form>
'''

OPINIONS_BLOCK = '''<h5>各推荐单位意见</h5>
  <table class="table table-condensed tg-opinions">
    <thead><tr><th>推荐单位</th><th>意见</th><th>说明</th><th>对人选的意见</th></tr></thead>
    <tbody></tbody>
  </table>'''

CONFIRM = '''<form role="form" name="%(name)s" class="targets-form" data-loaded="false">
  <!-- A second member of the standing committee confirms or rejects the meeting record (the recorder cannot:
       SECOND_PERSON, checked on the server). The choice goes with the completion as %(variable)s and reason. -->
  <h4>%(title)s</h4>
  <dl class="dl-horizontal tg-meeting"></dl>
  <table class="table table-condensed table-striped tg-votes">
    <thead><tr><th>姓名</th><th>排序</th><th>票数</th><th>选定</th><th>偏离排序理由</th></tr></thead>
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
''' + LOAD % {'extraFetch': '', 'extraRead': ''} + '''
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
        var changes = result.body.changes || {};
        Object.keys(changes).forEach(function (id) {
          term(changes[id][0] === 'ADDED' ? '增列' : '调出', id + '：' + changes[id][1]);
        });
        m.votes.forEach(function (v) {
          var tr = document.createElement('tr');
          cell(tr, v.name + '（' + v.memberId + '）'); cell(tr, v.rank); cell(tr, v.votes);
          cell(tr, v.selected ? '是' : ''); cell(tr, v.departureReason);
          $('.tg-votes tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var yes = $('.tg-yes').checked, no = $('.tg-no').checked;
      var reason = $('.tg-reason').value.trim();
      if (!yes && !no) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '请选择确认或退回' } });
        return;
      }
      if (no && !reason) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '退回须填写理由' } });
        return;
      }
      submitVariable('%(variable)s', 'Boolean', yes);
      if (no) submitVariable('reason', 'String', reason);
    });
  </script>
</form>
'''

OPINION = '''<form role="form" name="targetOpinion" class="targets-form" data-loaded="false">
  <!-- 二下: the recommending unit gives its opinion on the confirmed proposal (agree or not, remarks per name). Saved
       through the domain API (only the unit itself may); completing the task requires a saved opinion. -->
  <h4>对考察对象建议名单提出意见</h4>
  <p class="text-muted">请选择同意或不同意，可对具体人选提出意见，点击“保存意见”，保存成功后再点击“完成”。</p>
  <table class="table table-condensed table-striped tg-list">
    <thead><tr><th>序号</th><th>姓名</th><th>对该人选的意见</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="tg-agree" class="tg-yes"> 同意</label>
    <label class="radio-inline"><input type="radio" name="tg-agree" class="tg-no"> 不同意</label>
  </div>
  <div class="form-group"><label>意见说明</label><textarea class="form-control tg-remark" rows="2"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default tg-save">保存意见</button>

  <script cam-script type="text/form-script">
%(common)s
    var unitId, saved = false;
''' + LOAD % {'extraFetch': "camForm.variableManager.fetchVariable('unitId');",
              'extraRead': "unitId = camForm.variableManager.variableValue('unitId');"} + '''
    function load() {
      return Promise.all([api('GET', '/proposal'), api('GET', '/opinions')]).then(function (r) {
        if (!r[0].ok) { showErrors(r[0]); return; }
        var mine = (r[1].ok ? r[1].body : []).filter(function (o) { return o.unitId === unitId; })[0] || {};
        var remarks = {};
        (mine.nameRemarks || []).forEach(function (n) { remarks[n.memberId] = n.remark; });
        var m = r[0].body && r[0].body.meeting;
        (m ? m.votes : []).filter(function (v) { return v.selected; }).forEach(function (v, i) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-member', v.memberId);
          cell(tr, i + 1); cell(tr, v.name + '（' + v.memberId + '）');
          cell(tr).appendChild(input('text', remarks[v.memberId], 'tg-name-remark'));
          $('.tg-list tbody').appendChild(tr);
        });
        if (mine.unitId) {
          (mine.agrees ? $('.tg-yes') : $('.tg-no')).checked = true;
          $('.tg-remark').value = mine.remark || '';
          saved = true;
        }
        root.querySelectorAll('input, textarea').forEach(function (el) { el.addEventListener('change', function () { saved = false; }); });
      });
    }
    function save() {
      var yes = $('.tg-yes').checked, no = $('.tg-no').checked, remarks = [];
      root.querySelectorAll('.tg-list tbody tr').forEach(function (tr) {
        var t = tr.querySelector('.tg-name-remark').value.trim();
        if (t) remarks.push({ memberId: tr.getAttribute('data-member'), remark: t });
      });
      api('PUT', '/opinions/' + encodeURIComponent(unitId), { agrees: yes ? true : (no ? false : null),
        remark: $('.tg-remark').value.trim() || null, nameRemarks: remarks }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('意见已保存，请点击“完成”反馈。');
      });
    }
    $('.tg-save').addEventListener('click', save);
    camForm.on('submit', function (evt) {
      if (!saved) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '请先点击“保存意见”，保存成功后再完成', violations: [] } });
      }
    });
  </script>
</form>
'''

CHASE = '''<form role="form" name="targetChase" class="targets-form" data-loaded="false">
  <!-- Escalation after the opinions' deadline: the organization department sees the late units and records that it
       chased them (their tasks stay open), or closes the round without them (with a reason). -->
  <h4>督促逾期未反馈意见的推荐单位</h4>
  <p>以下推荐单位尚未反馈对考察对象建议名单的意见（<strong class="tg-count">0</strong> 个）：</p>
  <ul class="tg-late"></ul>
  <div class="form-group"><label>督促情况</label><textarea class="form-control tg-reason" rows="2"></textarea></div>
  <div class="checkbox"><label><input type="checkbox" class="tg-close"> 结束征求意见（未反馈的推荐单位视为无意见，其待办任务随之结束；须填写理由）</label></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
''' + LOAD % {'extraFetch': '', 'extraRead': ''} + '''
    function load() {
      return api('GET', '/opinions/late').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        $('.tg-count').textContent = result.body.length;
        result.body.forEach(function (u) {
          var li = document.createElement('li'); li.textContent = u; $('.tg-late').appendChild(li);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var t = $('.tg-reason').value.trim(), close = $('.tg-close').checked;
      if (close && !t) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '结束征求意见须填写理由' } });
        return;
      }
      if (t) submitVariable('reason', 'String', t);
      submitVariable('closeOpinions', 'Boolean', close);
    });
  </script>
</form>
'''

FILING = '''<form role="form" name="targetFiling" class="targets-form" data-loaded="false">
  <!-- The organization department files the confirmed targets: completing the task generates the target roster and
       the nomination statistics on the server and files them with the upper committee's organization department. -->
  <h4>报送考察对象名册和推荐提名情况统计表</h4>
  <p class="text-muted">以下为常委会确定的考察对象。点击“完成”后，系统生成考察对象名册和推荐提名情况统计表并报上级党委组织部。</p>
  <div class="alert alert-warning tg-notice" style="display:none"></div>
  <table class="table table-condensed table-striped tg-list">
    <thead><tr><th>序号</th><th>姓名</th><th>票数</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
''' + LOAD % {'extraFetch': '', 'extraRead': ''} + '''
    function load() {
      return Promise.all([api('GET', '/decision'), api('GET', '/filing')]).then(function (r) {
        if (!r[0].ok) { showErrors(r[0]); return; }
        var m = r[0].body && r[0].body.meeting;
        (m ? m.votes : []).filter(function (v) { return v.selected; }).forEach(function (v, i) {
          var tr = document.createElement('tr');
          cell(tr, i + 1); cell(tr, v.name + '（' + v.memberId + '）'); cell(tr, v.votes);
          $('.tg-list tbody').appendChild(tr);
        });
        if (r[1].ok && r[1].body && r[1].body.status === 'RETURNED') {
          var box = $('.tg-notice');
          box.textContent = '上一次报备被退回：' + r[1].body.reviewReason;
          box.style.display = '';
        }
      });
    }
  </script>
</form>
'''

REVIEW = '''<form role="form" name="targetReview" class="targets-form" data-loaded="false">
  <!-- The upper committee's organization department reviews the filed roster and statistics: consent, or return with
       a reason (the electoral unit's standing committee then decides again). Sent as filingConsented and reason. -->
  <h4>审核考察对象报备</h4>
  <dl class="dl-horizontal tg-stats"></dl>
  <table class="table table-condensed table-striped tg-roster">
    <thead><tr><th>序号</th><th>姓名</th><th>性别</th><th>民族</th><th>选举日年龄</th><th>身份类别</th><th>推荐单位</th><th>说明</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="tg-choice" class="tg-yes"> 同意</label>
    <label class="radio-inline"><input type="radio" name="tg-choice" class="tg-no"> 退回</label>
  </div>
  <div class="form-group"><label>退回理由</label><textarea class="form-control tg-reason" rows="2"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
    var LABELS = { seats: '应选名额', targets: '考察对象', recommendingUnits: '推荐单位', unitsFiled: '已报送单位',
      namesInPool: '推荐人选总数', branchesBacking: '支持支部（人次）', membersBacking: '支持党员（人次）',
      opinionsGiven: '反馈意见单位', opinionsAgreeing: '同意', opinionsDisagreeing: '不同意', women: '妇女',
      minority: '少数民族', under50: '50岁以下' };
''' + LOAD % {'extraFetch': '', 'extraRead': ''} + '''
    function load() {
      return api('GET', '/filing').then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        var f = result.body, s = f.statistics || {};
        Object.keys(LABELS).forEach(function (k) {
          var dt = document.createElement('dt'); dt.textContent = LABELS[k];
          var dd = document.createElement('dd'); dd.textContent = s[k] === undefined ? '' : s[k];
          $('.tg-stats').appendChild(dt); $('.tg-stats').appendChild(dd);
        });
        ((f.roster && f.roster.targets) || []).forEach(function (t) {
          var tr = document.createElement('tr');
          cell(tr, t.order); cell(tr, t.name + '（' + t.memberId + '）'); cell(tr, t.gender === 'FEMALE' ? '女' : '男');
          cell(tr, t.ethnicity); cell(tr, t.ageAtElection); cell(tr, t.categoryName || t.category);
          cell(tr, (t.recommendedBy || []).join('、')); cell(tr, t.addedReason ? '增列：' + t.addedReason : '');
          $('.tg-roster tbody').appendChild(tr);
        });
      });
    }
    camForm.on('submit', function (evt) {
      var yes = $('.tg-yes').checked, no = $('.tg-no').checked, reason = $('.tg-reason').value.trim();
      if (!yes && !no) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '请选择同意或退回' } }); return; }
      if (no && !reason) { evt.submitPrevented = true; showErrors({ status: 0, body: { message: '退回须填写理由' } }); return; }
      submitVariable('filingConsented', 'Boolean', yes);
      if (no) submitVariable('reason', 'String', reason);
    });
  </script>
</form>
'''

forms = {
    'targets-proposal.html': MEETING % dict(name='targetProposal', comment='常委会研究提出考察对象建议名单 (proposal meeting).',
        extraRules='', title='常委会研究提出考察对象建议名单', extraHelp='', opinionsBlock='', extraHead='', reasonHead='',
        common=common, stage='proposal'),
    'targets-decision.html': MEETING % dict(name='targetDecision', comment='二上: 常委会研究确定考察对象 (decision meeting), with the units\' opinions.',
        extraRules=', a reason for each change against the proposal', title='二上：常委会研究确定考察对象',
        extraHelp='；与建议名单不同的增列或调出人选须填写调整理由', opinionsBlock=OPINIONS_BLOCK,
        extraHead='<th>建议名单</th>', reasonHead='<th>调整理由</th>', common=common, stage='decision'),
    'targets-confirm-proposal.html': CONFIRM % dict(name='targetConfirmProposal', title='确认考察对象建议名单会议记录',
        variable='proposalConfirmed', common=common, stage='proposal'),
    'targets-confirm-decision.html': CONFIRM % dict(name='targetConfirmDecision', title='确认考察对象决定会议记录',
        variable='decisionConfirmed', common=common, stage='decision'),
    'targets-opinion.html': OPINION % dict(common=common),
    'targets-chase.html': CHASE % dict(common=common),
    'targets-filing.html': FILING % dict(common=common),
    'targets-review.html': REVIEW % dict(common=common),
}
out.mkdir(parents=True, exist_ok=True)
for name, text in forms.items():
    (out / name).write_text(text, encoding='utf-8')
    print('wrote', out / name)
