/*
 * The helpers every embedded Tasklist form of the nomination engine uses (served at /forms/shared/nomination-forms.js).
 *
 * A form's cam-script loads this file synchronously (Tasklist evaluates the cam-script itself, and camForm.on('submit')
 * must be registered during that evaluation), once per page, and asks for the helpers bound to its camForm:
 *
 *   var forms = window.NominationForms || (function () { var x = new XMLHttpRequest();
 *     x.open('GET', '/forms/shared/nomination-forms.js', false); x.send(); (0, eval)(x.responseText);
 *     return window.NominationForms; })();
 *   var h = forms.create(camForm, { prefix: 'tg', fields: FIELDS,
 *     base: function () { return '/api/elections/' + encodeURIComponent(electionId) + '/inspection-targets'; } });
 *
 * Options (all optional):
 *   base      function () -> the URL prefix api(method, path) puts before path (called on every request, so it may use
 *             variables the form fetches later); without it path is the whole URL.
 *   fields    the form's Chinese names of the violation fields ({field: label}), or a function (field) -> label.
 *   prefix    the form's CSS class prefix: errors go to .<prefix>-errors as .<prefix>-violation entries, confirmations to
 *             .<prefix>-saved (default 'tg').
 *   saved     another selector for the confirmation box (e.g. '.uf-ok').
 *   list      true: violations as <ul><li data-field data-rule>; otherwise <div data-field data-rule> entries.
 *   violation function (v, label) -> the text of one violation; default '【label｜rule】message'.
 *   highlight true: the parent of the element [data-field="<field>"] of each violation gets the class has-error.
 */
(function (global) {
  'use strict';

  function xsrf() {
    var m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  /** The page's API calls, one after another (see api). */
  var queue = Promise.resolve();

  function defaultViolation(v, label) {
    return '【' + label + '｜' + v.rule + '】' + v.message;
  }

  function create(camForm, options) {
    var opts = options || {};
    var prefix = opts.prefix || 'tg';
    var savedSelector = opts.saved || '.' + prefix + '-saved';
    var fields = opts.fields || {};
    var root = camForm.formElement[0];
    var $ = function (selector) { return root.querySelector(selector); };
    var $$ = function (selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };

    function label(field) {
      if (typeof fields === 'function') return fields(field);
      return fields[field] || field || '';
    }

    /**
     * One JSON call to the domain API: resolves to {ok, status, body}; never rejects (a network error is status 0).
     * Calls go one after another (queued for the page, also under Promise.all), as the unit forms' getAll already did:
     * they ride on one Tasklist session (an initial-candidate form's three parallel calls were once answered 401 in its
     * browser test; the cause was not pinned down).
     */
    function api(method, path, body) {
      var call = queue.then(function () { return send(method, path, body); });
      queue = call.then(null, function () {});
      return call;
    }

    function send(method, path, body) {
      var headers = { 'Accept': 'application/json' };
      if (method !== 'GET') { headers['Content-Type'] = 'application/json'; headers['X-XSRF-TOKEN'] = xsrf(); }
      return fetch((opts.base ? opts.base() : '') + path, {
        method: method, credentials: 'same-origin', headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (r) {
        return r.text().then(function (t) {
          var json = null;
          try { json = t ? JSON.parse(t) : null; } catch (e) { json = { message: t }; }
          return { ok: r.ok, status: r.status, body: json };
        });
      }, function () {
        return { ok: false, status: 0, body: { message: '网络错误，请稍后重试' } };
      });
    }

    /** GETs of several paths (one after another, as every call): resolves to their results in order. */
    function getAll(paths) {
      return Promise.all(paths.map(function (path) { return api('GET', path); }));
    }

    /** Shows a failed call ({status, body: {message, violations[{field, rule, message}]}}) in .<prefix>-errors. */
    function showErrors(result) {
      if (opts.highlight) $$('.has-error').forEach(function (el) { el.classList.remove('has-error'); });
      var box = $('.' + prefix + '-errors');
      box.innerHTML = '';
      var title = document.createElement('p');
      title.textContent = (result.body && result.body.message) || ('请求失败（' + result.status + '）');
      box.appendChild(title);
      var list = opts.list ? document.createElement('ul') : box;
      ((result.body && result.body.violations) || []).forEach(function (v) {
        var item = document.createElement(opts.list ? 'li' : 'div');
        item.className = prefix + '-violation';
        item.setAttribute('data-field', v.field);
        item.setAttribute('data-rule', v.rule);
        item.textContent = (opts.violation || defaultViolation)(v, label(v.field));
        list.appendChild(item);
        if (opts.highlight) {
          var marked = root.querySelector('[data-field="' + v.field + '"]');
          if (marked && marked.parentNode) marked.parentNode.classList.add('has-error');
        }
      });
      if (list !== box) box.appendChild(list);
      box.style.display = '';
      var ok = $(savedSelector);
      if (ok) ok.style.display = 'none';
    }

    /** Refuses the completion with a message (in a camForm 'submit' handler). */
    function refuseSubmit(evt, message) {
      evt.submitPrevented = true;
      showErrors({ status: 0, body: { message: message, violations: [] } });
    }

    function showSaved(text) {
      $('.' + prefix + '-errors').style.display = 'none';
      var ok = $(savedSelector);
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

    /** A select of the options ({value: label}) after a blank '请选择', with value chosen. */
    function select(options, value, cls) {
      var el = document.createElement('select');
      el.className = cls + ' form-control input-sm';
      var blank = document.createElement('option');
      blank.value = ''; blank.textContent = '请选择';
      el.appendChild(blank);
      Object.keys(options).forEach(function (k) {
        var o = document.createElement('option');
        o.value = k; o.textContent = options[k];
        if (k === value) o.selected = true;
        el.appendChild(o);
      });
      return el;
    }

    /** The number in an input, or null when it is empty. */
    function number(el) {
      var v = el.value.trim();
      return v === '' ? null : Number(v);
    }

    /** Sends a variable with the completion (creates it or overwrites the fetched one). */
    function submitVariable(name, type, value) {
      var vm = camForm.variableManager;
      var existing = vm.variables[name];
      if (existing) { existing.type = type; existing.value = value; existing.isDirty = true; }
      else vm.createVariable({ name: name, type: type, value: value, isDirty: true });
    }

    return { root: root, $: $, $$: $$, xsrf: xsrf, label: label, api: api, getAll: getAll, showErrors: showErrors,
      refuseSubmit: refuseSubmit, showSaved: showSaved, cell: cell, input: input, select: select, number: number,
      submitVariable: submitVariable };
  }

  global.NominationForms = { create: create };
})(window);
