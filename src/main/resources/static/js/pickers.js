// Pickers: a form's page offers the newest records of each kind in a datalist; as an editor types, the options are
// asked for again with the text typed, so that any record can be found, not only those on the page. Without this
// script the first options stay, and any record can still be named by its number ("#123").
(function () {
    "use strict";

    var address = document.currentScript && document.currentScript.getAttribute("data-pickers");
    var timer = null;
    var asked = {};

    function offer(list, labels) {
        list.replaceChildren.apply(list, labels.map(function (label) {
            var option = document.createElement("option");
            option.value = label;
            return option;
        }));
    }

    function ask(list, text) {
        var kind = list.getAttribute("data-picker");
        fetch(address + "/" + encodeURIComponent(kind) + "?q=" + encodeURIComponent(text), {
            headers: {Accept: "application/json"},
            credentials: "same-origin"
        }).then(function (answer) {
            return answer.ok ? answer.json() : null;
        }).then(function (labels) {
            if (Array.isArray(labels) && asked[list.id] === text) {
                offer(list, labels);
            }
        }).catch(function () {
            // The options on the page stay; nothing else is lost.
        });
    }

    if (!address || !window.fetch) {
        return;
    }
    document.addEventListener("input", function (event) {
        var input = event.target;
        var list = input instanceof HTMLInputElement ? input.list : null;
        if (!list || !list.hasAttribute("data-picker")) {
            return;
        }
        if (!list.hasAttribute("data-first")) {
            list.setAttribute("data-first", "");
            list.firstOptions = Array.prototype.map.call(list.options, function (o) { return o.value; });
        }
        var text = input.value.trim();
        clearTimeout(timer);
        if (text.length < 2 || /#\d+$/.test(text)) {
            asked[list.id] = null;
            offer(list, list.firstOptions);
            return;
        }
        asked[list.id] = text;
        timer = setTimeout(function () { ask(list, text); }, 200);
    });
})();
