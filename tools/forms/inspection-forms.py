#!/usr/bin/env python3
"""Writes the embedded Tasklist forms of CandidateInspectionProcess (processes/forms/inspection-*.html) from the
templates below; their helpers come from the served script processes/forms/shared/nomination-forms.js (see
formlib.py), pointed at one target's inspection. Run it after changing the templates; the forms are committed."""
import pathlib

import formlib

here = pathlib.Path(__file__).resolve().parent
out = here.parent.parent / 'processes' / 'forms'
FIELDS = """{ agrees: '意见', opinion: '具体意见', onBehalfOf: '监管部门', musts: '四必',
      'musts.ARCHIVE_REVIEW': '档案必审', 'musts.PERSONAL_MATTERS': '个人有关事项报告必核',
      'musts.DISCIPLINE_OPINION': '纪检监察机关意见必听', 'musts.COMPLAINTS': '举报必查', notice: '考察预告',
      channel: '举报渠道', content: '举报内容', specific: '是否具体可查', conclusion: '结论', verification: '核查情况',
      evidence: '依据', political: '政治素质', politicalFinding: '政治素质情况', integrity: '廉洁情况',
      integrityFinding: '廉洁情况说明', signatory: '签字', status: '状态', task: '任务', complaint: '举报' }"""
common = formlib.prelude('inspection', "'/api/elections/' + encodeURIComponent(electionId) + '/inspections/' "
                         "+ encodeURIComponent(memberId)", FIELDS, names=formlib.NAMES + ('select',))

LOAD = '''
    var electionId, memberId;
    camForm.on('form-loaded', function () {
      camForm.variableManager.fetchVariable('electionId');
      camForm.variableManager.fetchVariable('memberId');
    });
    camForm.on('variables-fetched', function () {
      electionId = camForm.variableManager.variableValue('electionId');
      memberId = camForm.variableManager.variableValue('memberId');
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });
    var SOURCES = { ARCHIVE: '干部人事档案', PERSONAL_MATTERS_REPORT: '个人有关事项报告', DISCIPLINE_OPINION: '纪检监察机关意见',
      INSPECTION_TOUR: '巡视巡察', PETITION: '信访举报', AUDIT: '审计', SPECIAL_INSPECTION: '专项检查',
      RELATIVES_BUSINESS: '亲属经商办企业', SANCTION: '处分处理', INTERVIEW: '知情人谈话' };
    var MUSTS = { ARCHIVE_REVIEW: '干部人事档案必审', PERSONAL_MATTERS: '个人有关事项报告必核（领导干部）',
      DISCIPLINE_OPINION: '纪检监察机关意见必听', COMPLAINTS: '具体可查的举报必查' };
    var RESULTS = { CLEAR: '未发现问题', ISSUES_FOUND: '发现问题', NOT_APPLICABLE: '不适用' };
    function header(i) {
      $('.in-target').textContent = (i.name || '') + '（' + i.memberId + '）' + (i.leadingCadre ? '，领导干部' : '')
        + (i.needsRegulators ? '，企业或金融从业人员' : '');
      $('.in-notice').textContent = i.noticeFirstDay + ' 至 ' + i.noticeLastDay + (i.noticeClosedAt ? '（已结束）' : '（进行中）');
    }
'''

HEAD = '''  <p><strong>考察对象：</strong><span class="in-target"></span></p>
  <p><strong>考察预告期：</strong><span class="in-notice"></span></p>'''

SUBMIT_GUARD = '''
    camForm.on('submit', function (evt) {
      if (!saved) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '%(message)s', violations: [] } });
      }
    });'''

OPINION = '''<form role="form" name="%(name)s" class="inspection-form" data-loaded="false">
  <!-- %(comment)s Saved through the domain API; completing the task submits it (the server checks the person and that
       an opinion was saved). -->
  <h4>%(title)s</h4>
''' + HEAD + '''
  <p class="text-muted">请选择同意或不同意并填写具体意见，点击“保存意见”，保存成功后再点击“完成”。</p>
  <div class="form-group">
    <label class="radio-inline"><input type="radio" name="in-agree" class="in-yes"> 同意</label>
    <label class="radio-inline"><input type="radio" name="in-agree" class="in-no"> 不同意</label>
  </div>
  %(extraField)s<div class="form-group"><label>具体意见</label><textarea class="form-control in-opinion" rows="4"></textarea></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default in-save">保存意见</button>

  <script cam-script type="text/form-script">
%(common)s
    var SOURCE = '%(source)s', KIND = '%(kind)s', saved = false;
''' + LOAD + '''
    function load() {
      return api('GET', '').then(function (r) {
        if (!r.ok) { showErrors(r); return; }
        header(r.body.inspection);
        var mine = (r.body.opinions || []).filter(function (o) { return o.source === KIND; })[0];
        if (mine) {
          (mine.agrees ? $('.in-yes') : $('.in-no')).checked = true;
          $('.in-opinion').value = mine.opinion || '';
          if ($('.in-regulator')) $('.in-regulator').value = mine.onBehalfOf || '';
          saved = true;
        }
        root.querySelectorAll('input, textarea').forEach(function (el) { el.addEventListener('change', function () { saved = false; }); });
      });
    }
    function save() {
      var yes = $('.in-yes').checked, no = $('.in-no').checked;
      api('PUT', '/opinions/' + SOURCE, { agrees: yes ? true : (no ? false : null),
        opinion: $('.in-opinion').value.trim() || null,
        onBehalfOf: $('.in-regulator') ? ($('.in-regulator').value.trim() || null) : null }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('意见已保存，请点击“完成”反馈。');
      });
    }
    $('.in-save').addEventListener('click', save);
''' + SUBMIT_GUARD % {'message': '请先点击“保存意见”，保存成功后再完成'} + '''
  </script>
</form>
'''

MUSTS = '''<form role="form" name="inspectionMusts" class="inspection-form" data-loaded="false">
  <!-- The inspection team records the four musts (result, finding, evidence with its source) and the complaints
       received (each specific one verified). Saved through the domain API; completing the task submits the musts after
       the server checked every rule (notice period over, discipline commission heard, complaints verified, evidence). -->
  <h4>考察组落实“四必”并核查举报</h4>
''' + HEAD + '''
  <h5>四必</h5>
  <table class="table table-condensed in-musts">
    <thead><tr><th>事项</th><th>结果</th><th>情况说明</th><th>依据来源</th><th>依据编号</th><th>依据情况</th></tr></thead>
    <tbody></tbody>
  </table>
  <p class="text-muted">每项依据一行；需要多项依据时，点击“增加依据”。档案必审须有“干部人事档案”，个人有关事项报告必核须有“个人有关事项报告”，
    纪检监察机关意见必听须有“纪检监察机关意见”，举报必查须有巡视巡察、信访举报、审计、专项检查、亲属经商办企业、处分处理或知情人谈话之一。</p>
  <div class="form-inline"><span class="in-evidence-must-slot"></span>
    <button type="button" class="btn btn-default btn-sm in-add-evidence">增加依据</button></div>
  <h5>举报</h5>
  <table class="table table-condensed table-striped in-complaints">
    <thead><tr><th>编号</th><th>收到时间</th><th>渠道</th><th>内容</th><th>具体可查</th><th>预告期内</th><th>核查结论</th><th>核查情况</th><th>依据来源</th><th>依据情况</th><th></th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="row">
    <div class="col-sm-2 form-group"><label>渠道</label><input class="form-control in-channel" type="text" placeholder="来信/来电/来访"></div>
    <div class="col-sm-7 form-group"><label>举报内容</label><input class="form-control in-content" type="text"></div>
    <div class="col-sm-3 form-group"><label><input type="checkbox" class="in-specific"> 具体、有可查性</label><br>
      <button type="button" class="btn btn-default btn-sm in-add-complaint">登记举报</button></div>
  </div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default in-save">保存四必情况</button>

  <script cam-script type="text/form-script">
%(common)s
    var saved = false;
''' + LOAD + '''
    function evidenceRow(must, e, first, m) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-must', must);
      cell(tr, first ? MUSTS[must] : '');
      if (first) {
        cell(tr).appendChild(select(RESULTS, m && m.result, 'in-result'));
        cell(tr).appendChild(input('text', m && m.finding, 'in-finding'));
      } else { cell(tr); cell(tr); }
      cell(tr).appendChild(select(SOURCES, e && e.source, 'in-source'));
      cell(tr).appendChild(input('text', e && e.reference, 'in-reference'));
      cell(tr).appendChild(input('text', e && e.summary, 'in-summary'));
      tr.querySelectorAll('input, select').forEach(function (el) { el.addEventListener('change', function () { saved = false; }); });
      return tr;
    }
    function load() {
      return api('GET', '').then(function (r) {
        if (!r.ok) { showErrors(r); return; }
        header(r.body.inspection);
        $('.in-evidence-must-slot').appendChild(select(MUSTS, null, 'in-evidence-must'));
        var byMust = {};
        (r.body.musts || []).forEach(function (m) { byMust[m.must] = m; });
        var body = $('.in-musts tbody');
        Object.keys(MUSTS).forEach(function (must) {
          var m = byMust[must], ev = (m && m.evidence && m.evidence.length) ? m.evidence : [null];
          ev.forEach(function (e, i) { body.appendChild(evidenceRow(must, e, i === 0, m)); });
        });
        saved = (r.body.musts || []).length > 0;
        complaints(r.body.complaints || []);
      });
    }
    function complaints(list) {
      var body = $('.in-complaints tbody');
      body.innerHTML = '';
      list.forEach(function (c) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-complaint', c.id);
        cell(tr, c.id); cell(tr, c.receivedAt); cell(tr, c.channel); cell(tr, c.content);
        cell(tr, c.specific ? '是' : '否'); cell(tr, c.withinNotice ? '是' : '否（预告期后）');
        if (!c.specific) { cell(tr, '无须核查'); cell(tr); cell(tr); cell(tr); cell(tr); body.appendChild(tr); return; }
        var e = (c.evidence || [])[0] || {};
        cell(tr).appendChild(select({ SUBSTANTIATED: '属实', UNSUBSTANTIATED: '不属实' }, c.conclusion, 'in-conclusion'));
        cell(tr).appendChild(input('text', c.verification, 'in-verification'));
        cell(tr).appendChild(select(SOURCES, e.source, 'in-vsource'));
        cell(tr).appendChild(input('text', e.summary, 'in-vsummary'));
        var b = document.createElement('button');
        b.type = 'button'; b.className = 'btn btn-default btn-xs'; b.textContent = '保存核查';
        b.addEventListener('click', function () { verify(tr, c.id); });
        cell(tr).appendChild(b);
        body.appendChild(tr);
      });
    }
    function verify(tr, id) {
      api('PUT', '/complaints/' + id + '/verification', { conclusion: tr.querySelector('.in-conclusion').value || null,
        verification: tr.querySelector('.in-verification').value.trim() || null,
        evidence: [{ source: tr.querySelector('.in-vsource').value || null, reference: null,
          summary: tr.querySelector('.in-vsummary').value.trim() || null }] }).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        complaints(result.body || []);
        showSaved('举报 ' + id + ' 的核查已保存。');
      });
    }
    $('.in-add-complaint').addEventListener('click', function () {
      api('POST', '/complaints', { channel: $('.in-channel').value.trim() || null,
        content: $('.in-content').value.trim() || null, specific: $('.in-specific').checked }).then(function (result) {
        if (!result.ok) { showErrors(result); return; }
        $('.in-channel').value = ''; $('.in-content').value = ''; $('.in-specific').checked = false;
        api('GET', '').then(function (r) { if (r.ok) complaints(r.body.complaints || []); });
        showSaved('举报已登记（编号 ' + result.body.id + '）。');
      });
    });
    $('.in-add-evidence').addEventListener('click', function () {
      var key = $('.in-evidence-must').value;
      if (!key) { showErrors({ status: 0, body: { message: '请先选择为哪一项增加依据', violations: [] } }); return; }
      var rows = root.querySelectorAll('.in-musts tbody tr[data-must="' + key + '"]');
      var last = rows[rows.length - 1];
      last.parentNode.insertBefore(evidenceRow(key, null, false), last.nextSibling);
      saved = false;
    });
    function save() {
      var musts = {};
      root.querySelectorAll('.in-musts tbody tr').forEach(function (tr) {
        var key = tr.getAttribute('data-must');
        var m = musts[key] || (musts[key] = { must: key, result: null, finding: null, evidence: [] });
        if (tr.querySelector('.in-result')) {
          m.result = tr.querySelector('.in-result').value || null;
          m.finding = tr.querySelector('.in-finding').value.trim() || null;
        }
        var source = tr.querySelector('.in-source').value, summary = tr.querySelector('.in-summary').value.trim();
        if (source || summary) m.evidence.push({ source: source || null,
          reference: tr.querySelector('.in-reference').value.trim() || null, summary: summary || null });
      });
      var list = Object.keys(musts).map(function (k) { return musts[k]; }).filter(function (m) { return m.result; });
      api('PUT', '/musts', { musts: list }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('四必情况已保存，请点击“完成”提交（服务器将检查全部规则）。');
      });
    }
    $('.in-save').addEventListener('click', save);
''' + SUBMIT_GUARD % {'message': '请先点击“保存四必情况”，保存成功后再完成'} + '''
  </script>
</form>
'''

SUMMARY = '''  <h5>征求意见</h5>
  <table class="table table-condensed in-opinions"><thead><tr><th>来源</th><th>意见</th><th>具体意见</th></tr></thead><tbody></tbody></table>
  <h5>四必</h5>
  <table class="table table-condensed in-musts-view"><thead><tr><th>事项</th><th>结果</th><th>情况说明</th><th>依据</th></tr></thead><tbody></tbody></table>
  <p class="in-complaint-count"></p>'''

SUMMARY_JS = '''
    var OPINIONS = { PARTY_ORGANIZATION: '所在党组织', DISCIPLINE_COMMISSION: '纪检监察机关', REGULATOR: '行业监管部门' };
    function summary(record) {
      header(record.inspection);
      (record.opinions || []).forEach(function (o) {
        var tr = document.createElement('tr');
        cell(tr, OPINIONS[o.source] + (o.onBehalfOf ? '（' + o.onBehalfOf + '）' : ''));
        cell(tr, o.agrees ? '同意' : '不同意'); cell(tr, o.opinion);
        $('.in-opinions tbody').appendChild(tr);
      });
      (record.musts || []).forEach(function (m) {
        var tr = document.createElement('tr');
        cell(tr, MUSTS[m.must]); cell(tr, RESULTS[m.result]); cell(tr, m.finding);
        cell(tr, (m.evidence || []).map(function (e) { return SOURCES[e.source] + '：' + e.summary; }).join('；'));
        $('.in-musts-view tbody').appendChild(tr);
      });
      var list = record.complaints || [];
      $('.in-complaint-count').textContent = '收到举报 ' + list.length + ' 件，其中具体可查 '
        + list.filter(function (c) { return c.specific; }).length + ' 件，经核查属实 '
        + list.filter(function (c) { return c.conclusion === 'SUBSTANTIATED'; }).length + ' 件。';
    }
'''

CONCLUSION = '''<form role="form" name="inspectionConclusion" class="inspection-form" data-loaded="false">
  <!-- The inspection team concludes the political and the integrity check. Saved through the domain API; completing the
       task submits it: a failed political check vetoes the name at once, the integrity conclusion goes to the dual
       signature (a failed one vetoes after both signed). -->
  <h4>考察组作出政治素质和廉洁情况结论</h4>
''' + HEAD + SUMMARY + '''
  <div class="row">
    <div class="col-sm-3 form-group"><label>政治素质</label><span class="in-political-slot"></span></div>
    <div class="col-sm-9 form-group"><label>政治素质考察情况</label><textarea class="form-control in-political-finding" rows="3"></textarea></div>
  </div>
  <div class="row">
    <div class="col-sm-3 form-group"><label>廉洁情况</label><span class="in-integrity-slot"></span></div>
    <div class="col-sm-9 form-group"><label>廉洁情况考察情况</label><textarea class="form-control in-integrity-finding" rows="3"></textarea></div>
  </div>
  <p class="text-warning">政治素质或廉洁情况“不通过”的，实行一票否决，取消其人选资格。</p>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>
  <button type="button" class="btn btn-default in-save">保存结论</button>

  <script cam-script type="text/form-script">
%(common)s
    var saved = false, CHECKS = { PASSED: '通过', FAILED: '不通过' };
''' + LOAD + SUMMARY_JS + '''
    function load() {
      return api('GET', '').then(function (r) {
        if (!r.ok) { showErrors(r); return; }
        summary(r.body);
        var c = r.body.inspection.conclusion || {};
        $('.in-political-slot').appendChild(select(CHECKS, c.political, 'in-political'));
        $('.in-integrity-slot').appendChild(select(CHECKS, c.integrity, 'in-integrity'));
        $('.in-political-finding').value = c.politicalFinding || '';
        $('.in-integrity-finding').value = c.integrityFinding || '';
        saved = !!r.body.inspection.conclusion;
        root.querySelectorAll('select, textarea').forEach(function (el) { el.addEventListener('change', function () { saved = false; }); });
      });
    }
    function save() {
      api('PUT', '/conclusion', { political: $('.in-political').value || null,
        politicalFinding: $('.in-political-finding').value.trim() || null, integrity: $('.in-integrity').value || null,
        integrityFinding: $('.in-integrity-finding').value.trim() || null }).then(function (result) {
        if (!result.ok) { saved = false; showErrors(result); return; }
        saved = true;
        showSaved('结论已保存，请点击“完成”提交。');
      });
    }
    $('.in-save').addEventListener('click', save);
''' + SUBMIT_GUARD % {'message': '请先点击“保存结论”，保存成功后再完成'} + '''
  </script>
</form>
'''

SIGN = '''<form role="form" name="%(name)s" class="inspection-form" data-loaded="false">
  <!-- %(comment)s Completing the task is the signature; the server refuses a person who signed the other half of the
       integrity conclusion (dual signature: two different people). -->
  <h4>%(title)s</h4>
''' + HEAD + SUMMARY + '''
  <div class="panel panel-default"><div class="panel-body">
    <p><strong>廉洁情况结论：</strong><span class="in-integrity"></span></p>
    <p class="in-integrity-finding"></p>
    <p class="in-signatures text-muted"></p>
  </div></div>
  <div class="checkbox"><label><input type="checkbox" class="in-confirm"> 本人已审阅考察材料，作为%(signatory)s在廉洁情况结论上签字</label></div>
  <div class="alert alert-danger tg-errors" style="display:none"></div>
  <div class="alert alert-success tg-saved" style="display:none"></div>

  <script cam-script type="text/form-script">
%(common)s
    var SIGNATORIES = { COMMITTEE_SECRETARY: '党委（党组）书记', DISCIPLINE_SECRETARY: '纪委书记' };
''' + LOAD + SUMMARY_JS + '''
    function load() {
      return api('GET', '').then(function (r) {
        if (!r.ok) { showErrors(r); return; }
        summary(r.body);
        var c = r.body.inspection.conclusion || {};
        $('.in-integrity').textContent = c.integrity === 'PASSED' ? '通过' : (c.integrity === 'FAILED' ? '不通过（一票否决）' : '未作出');
        $('.in-integrity-finding').textContent = c.integrityFinding || '';
        $('.in-signatures').textContent = (r.body.signatures || []).map(function (s) {
          return '已签字：' + SIGNATORIES[s.signatory] + ' ' + s.signedBy;
        }).join('；');
      });
    }
    camForm.on('submit', function (evt) {
      if (!$('.in-confirm').checked) {
        evt.submitPrevented = true;
        showErrors({ status: 0, body: { message: '请先勾选确认签字', violations: [] } });
      }
    });
  </script>
</form>
'''

forms = {
    'inspection-party-opinion.html': OPINION % {'name': 'inspectionPartyOpinion', 'title': '考察对象所在党组织提出意见',
        'comment': "The target's own party organization (its recommending unit) gives its opinion.",
        'extraField': '', 'source': 'party-organization', 'kind': 'PARTY_ORGANIZATION', 'common': common},
    'inspection-discipline-opinion.html': OPINION % {'name': 'inspectionDisciplineOpinion',
        'title': '纪检监察机关提出廉洁意见',
        'comment': "The electoral unit's discipline commission gives its opinion on the target's integrity.",
        'extraField': '', 'source': 'discipline-commission', 'kind': 'DISCIPLINE_COMMISSION', 'common': common},
    'inspection-regulator-opinion.html': OPINION % {'name': 'inspectionRegulatorOpinion', 'title': '录入行业监管部门意见',
        'comment': "Enterprise or finance people: the inspection team records the regulator's written opinion.",
        'extraField': '<div class="form-group"><label>出具意见的监管部门</label>'
                      '<input class="form-control in-regulator" type="text" placeholder="如：区国资委、金融监管局"></div>\n  ',
        'source': 'regulator', 'kind': 'REGULATOR', 'common': common},
    'inspection-musts.html': MUSTS % {'common': common},
    'inspection-conclusion.html': CONCLUSION % {'common': common},
    'inspection-sign-secretary.html': SIGN % {'name': 'inspectionSignSecretary', 'title': '党委书记在廉洁结论上签字',
        'comment': 'The committee secretary (a standing committee member) signs the integrity conclusion.',
        'signatory': '党委（党组）书记', 'common': common},
    'inspection-sign-discipline.html': SIGN % {'name': 'inspectionSignDiscipline', 'title': '纪委书记在廉洁结论上签字',
        'comment': "The discipline commission's secretary signs the integrity conclusion.",
        'signatory': '纪委书记', 'common': common},
}
for name, text in forms.items():
    (out / name).write_text(text, encoding='utf-8')
