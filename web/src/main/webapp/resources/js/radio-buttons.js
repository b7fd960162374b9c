/*
 * The radio groups that RadioButtonsRenderer draws for p:selectOneButton (issue 19): PrimeFaces'
 * widget marks the chosen option with a class only, so after each click or key the options'
 * aria-checked and the one tab stop (the chosen option, or the first) follow it. The arrow keys
 * move to the next or previous option and choose it, as in any radio group.
 */
(function () {
    var RADIO = '.wp-radiogroup > [role="radio"]';

    function options(group) {
        return Array.prototype.filter.call(group.querySelectorAll(':scope > [role="radio"]'), function (o) {
            return o.getAttribute('aria-disabled') !== 'true';
        });
    }

    function sync(group) {
        var all = options(group), stop = null;
        all.forEach(function (o) {
            var checked = o.classList.contains('ui-state-active');
            o.setAttribute('aria-checked', String(checked));
            if (checked) {
                stop = o;
            }
        });
        stop = stop || all[0];
        all.forEach(function (o) {
            o.setAttribute('tabindex', o === stop ? '0' : '-1');
        });
    }

    function later(group) {
        setTimeout(function () {
            if (group.isConnected) {
                sync(group);
            }
        }, 0);
    }

    document.addEventListener('click', function (event) {
        var option = event.target.closest && event.target.closest(RADIO);
        if (option) {
            later(option.parentNode);
        }
    }, true);

    document.addEventListener('keydown', function (event) {
        var option = event.target.closest && event.target.closest(RADIO);
        if (!option) {
            return;
        }
        var step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
        if (step) {
            var all = options(option.parentNode), next = all[(all.indexOf(option) + step + all.length) % all.length];
            event.preventDefault();
            event.stopPropagation();
            next.focus();
            if (!next.classList.contains('ui-state-active')) {
                next.click();
            }
        }
        later(option.parentNode);
    }, true);
})();
