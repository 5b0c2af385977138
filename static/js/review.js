/* Review of an article: select all, a count of the selection, and the keyboard (j/k, x, a, e, c, r, u).
   The page works without it: every button is a plain form submission. */
(function () {
  "use strict";
  function wire() {
    var form = document.querySelector("[data-review-form]");
    if (!form) { return; }
    var items = Array.prototype.slice.call(form.querySelectorAll("[data-review-item]"));
    var boxes = Array.prototype.slice.call(form.querySelectorAll("[data-review-select]"));
    var allLabel = form.querySelector("[data-review-all]");
    var allBox = form.querySelector("[data-review-all-box]");
    var count = form.querySelector("[data-review-count]");
    var keys = form.querySelector("[data-review-keys]");
    var current = -1;
    if (allLabel) { allLabel.hidden = false; }
    if (keys) { keys.hidden = false; }

    function selected() { return boxes.filter(function (box) { return box.checked; }); }
    function update() {
      var n = selected().length;
      if (count) { count.textContent = n ? n + " / " + boxes.length : ""; }
      if (allBox) { allBox.checked = n > 0 && n === boxes.length; allBox.indeterminate = n > 0 && n < boxes.length; }
    }
    function focusItem(index) {
      if (!items.length) { return; }
      current = Math.max(0, Math.min(items.length - 1, index));
      items[current].focus();
    }
    function boxOf(item) { return item ? item.querySelector("[data-review-select]") : null; }
    function submit(action) {
      var button = form.querySelector('[data-review-action="' + action + '"]');
      if (!button) { return; }
      if (!selected().length) {  /* nothing selected: act on the item in focus */
        var box = boxOf(items[current]);
        if (!box) { return; }
        box.checked = true;
      }
      form.requestSubmit(button);
    }

    if (allBox) {
      allBox.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = allBox.checked; });
        update();
      });
    }
    boxes.forEach(function (box) { box.addEventListener("change", update); });
    items.forEach(function (item, index) { item.addEventListener("focusin", function () { current = index; }); });

    document.addEventListener("keydown", function (event) {
      var tag = (event.target.tagName || "").toLowerCase();
      if (event.ctrlKey || event.metaKey || event.altKey) { return; }
      if ((tag === "input" && event.target.type !== "checkbox") || tag === "textarea" || tag === "select") { return; }
      var key = event.key;
      if (key === "j" || key === "ArrowDown") { focusItem(current + 1); }
      else if (key === "k" || key === "ArrowUp") { focusItem(current - 1); }
      else if (key === "x") { var box = boxOf(items[current]); if (box) { box.checked = !box.checked; update(); } }
      else if (key === "a" && allBox) { allBox.checked = !allBox.checked; allBox.dispatchEvent(new Event("change")); }
      else if (key === "e") {
        var details = items[current] && items[current].querySelector("[data-review-correct]");
        if (details) { details.open = true; var field = details.querySelector("input, select"); if (field) { field.focus(); } }
      }
      else if (key === "c") { submit("confirm"); }
      else if (key === "r") { submit("reject"); }
      else if (key === "u") { var undo = form.querySelector("[data-review-undo]"); if (undo) { form.requestSubmit(undo); } }
      else { return; }
      event.preventDefault();
    });

    var first = form.querySelector("[data-review-pending]");
    if (first) { focusItem(items.indexOf(first)); }
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
