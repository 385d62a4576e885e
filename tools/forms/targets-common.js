    // --- shared by the inspection-target forms (kept in sync by tools/forms/targets-forms.py) ---
    var root = camForm.formElement[0];
    var $ = function (selector) { return root.querySelector(selector); };
    var FIELDS = { targets: '考察对象', expected: '应到人数', present: '实到人数', decision: '决定', votes: '表决情况',
      draft: '会议记录', agrees: '意见', remark: '意见说明', nameRemarks: '对人选的意见', reason: '理由',
      filingConsented: '审核意见', status: '状态', task: '任务', meeting: '会议记录', proposal: '建议名单' };
    function xsrf() {
      var m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
      return m ? decodeURIComponent(m[1]) : '';
    }
    function api(method, path, body) {
      var headers = { 'Accept': 'application/json' };
      if (method !== 'GET') { headers['Content-Type'] = 'application/json'; headers['X-XSRF-TOKEN'] = xsrf(); }
      return fetch('/api/elections/' + encodeURIComponent(electionId) + '/inspection-targets' + path, {
        method: method, credentials: 'same-origin', headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (r) { return r.text().then(function (t) {
        var json; try { json = t ? JSON.parse(t) : null; } catch (e) { json = { message: t }; }
        return { ok: r.ok, status: r.status, body: json };
      }); });
    }
    function showErrors(result) {
      var box = $('.tg-errors');
      box.innerHTML = '';
      var p = document.createElement('p');
      p.textContent = (result.body && result.body.message) || ('请求失败（' + result.status + '）');
      box.appendChild(p);
      ((result.body && result.body.violations) || []).forEach(function (v) {
        var div = document.createElement('div');
        div.className = 'tg-violation';
        div.setAttribute('data-rule', v.rule);
        div.textContent = '【' + (FIELDS[v.field] || v.field) + '｜' + v.rule + '】' + v.message;
        box.appendChild(div);
      });
      box.style.display = '';
      var ok = $('.tg-saved');
      if (ok) ok.style.display = 'none';
    }
    function showSaved(text) {
      $('.tg-errors').style.display = 'none';
      var ok = $('.tg-saved');
      ok.textContent = text;
      ok.style.display = '';
    }
    function cell(row, text) {
      var td = document.createElement('td');
      td.textContent = text === undefined || text === null ? '' : String(text);
      row.appendChild(td);
      return td;
    }
    function input(type, value, cls) {
      var el = document.createElement('input');
      el.type = type;
      el.className = cls + (type === 'checkbox' ? '' : ' form-control input-sm');
      if (type === 'checkbox') el.checked = !!value; else el.value = value === undefined || value === null ? '' : value;
      return el;
    }
    function submitVariable(name, type, value) {
      var vm = camForm.variableManager;
      var existing = vm.variables[name];
      if (existing) { existing.type = type; existing.value = value; existing.isDirty = true; }
      else vm.createVariable({ name: name, type: type, value: value, isDirty: true });
    }
    // --- end of shared part ---
