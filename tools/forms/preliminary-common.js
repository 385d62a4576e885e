    // --- shared by the preliminary-candidate forms (kept in sync by tools/forms/preliminary-forms.py) ---
    var root = camForm.formElement[0];
    var $ = function (selector) { return root.querySelector(selector); };
    var electionId;
    function xsrf() {
      var m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
      return m ? decodeURIComponent(m[1]) : '';
    }
    function api(method, path, body) {
      var headers = { 'Accept': 'application/json' };
      if (method !== 'GET') { headers['Content-Type'] = 'application/json'; headers['X-XSRF-TOKEN'] = xsrf(); }
      return fetch('/api/elections/' + encodeURIComponent(electionId) + '/preliminary-candidates' + path, {
        method: method, credentials: 'same-origin', headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (r) { return r.text().then(function (t) {
        var json; try { json = t ? JSON.parse(t) : null; } catch (e) { json = { message: t }; }
        return { ok: r.ok, status: r.status, body: json };
      }); });
    }
    function showErrors(result) {
      var box = $('.pc-errors');
      box.innerHTML = '';
      var p = document.createElement('p');
      p.textContent = (result.body && result.body.message) || ('请求失败（' + result.status + '）');
      box.appendChild(p);
      ((result.body && result.body.violations) || []).forEach(function (v) {
        var div = document.createElement('div');
        div.className = 'pc-violation';
        div.setAttribute('data-rule', v.rule);
        div.textContent = '【' + v.field + '｜' + v.rule + '】' + v.message;
        box.appendChild(div);
      });
      box.style.display = '';
      var ok = $('.pc-saved');
      if (ok) ok.style.display = 'none';
    }
    function showSaved(text) {
      $('.pc-errors').style.display = 'none';
      var ok = $('.pc-saved');
      ok.textContent = text;
      ok.style.display = '';
    }
    function cell(row, text) {
      var td = document.createElement('td');
      td.textContent = text === undefined || text === null ? '' : String(text);
      row.appendChild(td);
      return td;
    }
    function submitVariable(name, type, value) {
      var vm = camForm.variableManager, existing = vm.variables[name];
      if (existing) { existing.type = type; existing.value = value; existing.isDirty = true; }
      else vm.createVariable({ name: name, type: type, value: value, isDirty: true });
    }
    camForm.on('form-loaded', function () { camForm.variableManager.fetchVariable('electionId'); });
    camForm.on('variables-fetched', function () {
      electionId = camForm.variableManager.variableValue('electionId');
      load().then(function () { root.setAttribute('data-loaded', 'true'); });
    });
    // --- end of shared part ---
