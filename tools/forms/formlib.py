"""What every generated form's cam-script starts with: it loads the shared helpers
processes/forms/shared/nomination-forms.js (synchronously, once per page, cached as window.NominationForms) and binds
them to the form's camForm with the feature's API base, CSS prefix and field names. The helpers themselves live only in
that one served script; a generator passes what is particular to its feature."""

SCRIPT = '/forms/shared/nomination-forms.js'

# the synchronous load: Tasklist evaluates the cam-script itself and camForm.on('submit') must be registered then
LOADER = ("    var forms = window.NominationForms || (function () { var x = new XMLHttpRequest(); "
          "x.open('GET', '" + SCRIPT + "', false); x.send(); (0, eval)(x.responseText); return window.NominationForms; })();")

NAMES = ('root', '$', 'api', 'showErrors', 'showSaved', 'cell', 'input', 'submitVariable')


def prelude(feature, base, fields='{}', prefix='tg', names=NAMES):
    """The first lines of a cam-script: `base` is a JavaScript expression for the API URL prefix (evaluated on each
    call), `fields` a JavaScript object literal of the feature's Chinese field names, `names` the helpers the form
    uses under their own names."""
    return '\n'.join([
        '    // --- helpers of the %s forms: %s (written by tools/forms) ---' % (feature, SCRIPT),
        LOADER,
        "    var FIELDS = %s;" % fields,
        "    var h = forms.create(camForm, { prefix: '%s', fields: FIELDS, base: function () { return %s; } });"
        % (prefix, base),
        '    var ' + ', '.join('%s = h.%s' % (n, n) for n in names) + ';',
        '    // --- end of helpers ---',
    ])
