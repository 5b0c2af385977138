/* Behaviour every page shares, kept out of the HTML so the Content-Security-Policy allows no inline script. */
(function () {
  "use strict";
  function wire() {
    /* The language switcher submits itself when a language is chosen (a button is there without script). */
    document.querySelectorAll("select[data-submit-on-change]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
