/*
 * Enter in a single-line field never submits a form by itself.
 *
 * A browser answers Enter in a text field by clicking the form's first submit button, and in
 * Waypoint's forms that can be any button: in the plan editor it was goal 1's "Remove", on a step
 * the user was not looking at (issue 11). A form that has something Enter should do says so with
 * p:defaultCommand (search, save), whose handler runs on the form before this one and consumes the
 * key; widgets that use Enter themselves (autocomplete, chips, menus) handle it on the field first.
 * Everything else that reaches the document here is cancelled, so Enter does nothing.
 */
(function () {
    var SINGLE_LINE = /^(text|search|email|tel|url|number|password|date|datetime-local|month|week|time)$/i;
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) {
            return;
        }
        var field = event.target;
        if (field && field.tagName === 'INPUT' && field.form && SINGLE_LINE.test(field.type || 'text')) {
            event.preventDefault();
        }
    });
})();
