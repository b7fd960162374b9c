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
 * Focus stays where a keyboard user can go on after every ajax action (issue 19, WCAG 2.4.3): an
 * update that replaces the focused element would leave focus on the page's body.
 * - After "Add ..." (a button whose id ends in addX), focus goes to the first field of the new row:
 *   the row of the last removeX button.
 * - After "Remove" (removeX in row N), focus goes to the same button of the row that took its place,
 *   else of the row before, else to the Add button.
 * - After anything else, focus goes back to the element with the id that had it.
 */
(function () {
    var FIELD = 'input:not([type=hidden]):not([tabindex="-1"]):not(.ui-helper-hidden-accessible input), '
            + 'select:not([aria-hidden=true]), textarea, [role=radio][tabindex="0"], [role=combobox], '
            + '.ui-chkbox input, button, a[href]';
    var focusedId = null;

    function byIdSuffix(suffix) {
        return Array.prototype.filter.call(document.querySelectorAll('[id$="' + suffix + '"]'), function (e) {
            return e.id.slice(-suffix.length - 1) === ':' + suffix && e.offsetParent !== null;
        });
    }

    function focusable(e) {
        return e && e.isConnected && e.offsetParent !== null && !e.disabled;
    }

    function focusFirstField(row) {
        var field = Array.prototype.find.call(row.querySelectorAll(FIELD), function (f) {
            return focusable(f) && !/(^|:)remove[A-Z]/.test(f.id);
        });
        if (field) {
            field.focus();
            return true;
        }
        return false;
    }

    function afterAdd(name) {
        var removes = byIdSuffix('remove' + name);
        var last = removes[removes.length - 1];
        var row = last && last.closest('li, tr, .wp-row-card, fieldset, .wp-row');
        return row ? focusFirstField(row) : false;
    }

    function afterRemove(id, name) {
        var match = /^(.*):(\d+):([^:]*)$/.exec(id);
        if (match) {
            for (var n = Number(match[2]); n >= 0; n--) {
                var same = document.getElementById(match[1] + ':' + n + ':' + match[3]);
                if (focusable(same)) {
                    same.focus();
                    return true;
                }
            }
        }
        var add = byIdSuffix('add' + name)[0];
        if (focusable(add)) {
            add.focus();
            return true;
        }
        return false;
    }

    function restore() {
        var id = focusedId;
        focusedId = null;
        if (!id || (document.activeElement && document.activeElement !== document.body
                && document.activeElement.id !== id && document.activeElement.isConnected)) {
            return;
        }
        var last = id.substring(id.lastIndexOf(':') + 1);
        var action = /^(add|remove)([A-Z]\w*)$/.exec(last);
        if (action && action[1] === 'add' && afterAdd(action[2])) {
            return;
        }
        if (action && action[1] === 'remove' && document.getElementById(id) === null && afterRemove(id, action[2])) {
            return;
        }
        var again = document.getElementById(id);
        if (focusable(again) && document.activeElement !== again) {
            again.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return;
        }
        jQuery(document).on('pfAjaxSend', function () {
            var active = document.activeElement;
            focusedId = active && active !== document.body && active.id ? active.id : null;
        }).on('pfAjaxComplete', function () {
            setTimeout(restore, 0);
        });
    });
})();

/*
 * The option list a p:selectOneMenu draws in the browser (role=listbox, id ..._items) has no name
 * of its own (issue 19, WCAG 4.1.2): it takes the name of its field, the label that points at the
 * menu, or else the menu's own aria-label.
 */
(function () {
    function nameOf(menuId) {
        var label = document.querySelector('label[for="' + menuId + '_input"], label[for="' + menuId + '_focus"], label[for="' + menuId + '"]');
        if (label && label.textContent.trim()) {
            return label.textContent.trim();
        }
        var combobox = document.getElementById(menuId + '_label');
        return combobox ? combobox.getAttribute('aria-label') : null;
    }

    function nameLists(root) {
        // an upload's progress bar is named too (axe aria-progressbar-name)
        var bars = root.querySelectorAll ? root.querySelectorAll('[role=progressbar]:not([aria-label]):not([aria-labelledby])') : [];
        Array.prototype.forEach.call(bars, function (bar) {
            bar.setAttribute('aria-labelledby', 'wp-progress-label');
        });
        // a long list scrolls: its scrolling box takes the keyboard too (while the panel is open)
        var scrolling = root.querySelectorAll ? root.querySelectorAll('.ui-selectonemenu-items-wrapper:not([tabindex])') : [];
        Array.prototype.forEach.call(scrolling, function (box) {
            box.setAttribute('tabindex', '0');
        });
        var lists = root.querySelectorAll ? root.querySelectorAll('[role=listbox][id$="_items"]:not([aria-label]):not([aria-labelledby])') : [];
        Array.prototype.forEach.call(lists, function (list) {
            var name = nameOf(list.id.slice(0, -'_items'.length));
            if (name) {
                list.setAttribute('aria-label', name);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        nameLists(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                Array.prototype.forEach.call(change.addedNodes, function (node) {
                    if (node.nodeType === 1) {
                        nameLists(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
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
        // (a p:selectOneMenu's list of choices is named further up, with its scrolling box)
        // p:fileUpload's "Choose" is a focusable span named by aria-labelledby but without a role,
        // which a screen reader does not announce as a control (axe aria-prohibited-attr): a button.
        // The file input inside it is the keyboard's target instead (Enter or Space opens the file
        // dialog natively): a button around a focusable input is a nested control (axe
        // nested-interactive). The box shows the focus ring (waypoint.css, :focus-within).
        var choosers = document.querySelectorAll('.ui-fileupload-choose:not([data-wp-upload])');
        for (var c = 0; c < choosers.length; c++) {
            var chooser = choosers[c], file = chooser.querySelector('input[type=file]');
            if (!file) {
                continue;
            }
            file.setAttribute('aria-labelledby', chooser.getAttribute('aria-labelledby') || chooser.id);
            file.setAttribute('tabindex', '0');
            file.removeAttribute('aria-hidden');
            ['aria-labelledby', 'tabindex', 'role'].forEach(function (name) {
                chooser.removeAttribute(name);
            });
            chooser.setAttribute('data-wp-upload', 'true');
        }
        // a list of checkboxes that scrolls, and whose boxes are all read-only (a monitor's view),
        // can still be scrolled from the keyboard (axe scrollable-region-focusable)
        var lists = document.querySelectorAll('.wp-choices-list:not([tabindex])');
        for (var k = 0; k < lists.length; k++) {
            if (lists[k].scrollHeight > lists[k].clientHeight + 1
                    && !lists[k].querySelector('input:not([disabled]), button:not([disabled])')) {
                lists[k].setAttribute('tabindex', '0');
                lists[k].setAttribute('role', 'group');
                var field = lists[k].closest('.wp-field'), name = field && field.querySelector('label');
                if (name) {
                    name.id = name.id || lists[k].id + '_name' + k;
                    lists[k].setAttribute('aria-labelledby', name.id);
                }
            }
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

/*
 * The plan editor's Previous and Next buttons (issue 19): show the step before or after the one
 * shown (which saves the form, as choosing a step does); focus stays on the button pressed.
 */
function planStep(delta) {
    var steps = PF('planSteps');
    var next = steps.getActiveIndex() + delta;
    if (next >= 0 && next < steps.getLength()) {
        steps.select(next);
    }
}

/*
 * "All tasks (29)", "All tools (40)" on an occupation's O*NET details: a button shows or hides the rest
 * of a list and says so with aria-expanded (issue 20). A button is reached and pressed from the
 * keyboard like any other; details/summary did not open with Enter or Space there.
 */
document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('.wp-onet-more-toggle') : null;
    var list = button ? document.getElementById(button.getAttribute('aria-controls')) : null;
    if (!list) {
        return;
    }
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
});
