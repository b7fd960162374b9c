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

/*
 * A table wider than the screen scrolls sideways inside its own box (WCAG 1.4.10 reflow at 320 px,
 * issue 19), and a keyboard user must be able to scroll it too (2.1.1): a box that scrolls is made
 * focusable, as a region named by the hidden text the template gives (#wp-scroll-label). Looked at
 * again after every ajax update and when the window changes size; a box that fits is left alone.
 * Upload buttons get the role they lack at the same moments.
 */
(function () {
    var BOXES = '.ui-datatable-tablewrapper, .ui-datatable-scrollable-body, .wp-scroll';
    function mark() {
        // p:fileUpload's "Choose" is a focusable span named by aria-labelledby but without a role,
        // which a screen reader does not announce as a control (axe aria-prohibited-attr): a button.
        var choosers = document.querySelectorAll('.ui-fileupload-choose:not([role])');
        for (var c = 0; c < choosers.length; c++) {
            choosers[c].setAttribute('role', 'button');
        }
        // p:selectOneMenu's list of choices is named by the field's label, as its input is; its
        // scrolling box can take focus (a click or a screen reader's), though arrow keys move
        // through the choices from the field itself (aria-activedescendant).
        var lists = document.querySelectorAll('.ui-selectonemenu-items[role=listbox]:not([aria-labelledby]):not([aria-label])');
        for (var l = 0; l < lists.length; l++) {
            var menu = lists[l].id.replace(/_items$/, '');
            var label = document.querySelector('label[for="' + menu + '_focus"], label[for="' + menu + '_input"]');
            if (label && !label.id) {
                label.id = menu + '_field_label';
            }
            lists[l].setAttribute('aria-labelledby', label ? label.id : menu + '_label');
        }
        var wrappers = document.querySelectorAll('.ui-selectonemenu-items-wrapper:not([tabindex])');
        for (var w = 0; w < wrappers.length; w++) {
            wrappers[w].setAttribute('tabindex', '-1');
        }
        var boxes = document.querySelectorAll(BOXES);
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-labelledby', 'wp-scroll-label');
                box.setAttribute('data-wp-scroll', 'true');
            } else if (!scrolls && box.getAttribute('data-wp-scroll') === 'true') {
                ['tabindex', 'role', 'aria-labelledby', 'data-wp-scroll'].forEach(function (name) {
                    box.removeAttribute(name);
                });
            }
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        mark();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', mark);
        }
    });
    window.addEventListener('load', mark);
    window.addEventListener('resize', mark);
})();
