/* Draw every chart of the page from the figure the server wrote beside it (no network). */
(function () {
  "use strict";
  function draw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("[data-figure]").forEach(function (plot) {
      var source = document.getElementById(plot.dataset.figure);
      if (!source) { return; }
      var figure = JSON.parse(source.textContent);
      window.Plotly.newPlot(plot, figure.data || [], figure.layout || {}, {
        displayModeBar: false,
        responsive: true
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
