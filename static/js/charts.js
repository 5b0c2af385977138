/* Draw every chart of the page from the figure the server wrote beside it (no network). */
(function () {
  "use strict";
  /* On a phone the long indicator names would leave no room for the bars: shorten them
     (the hover text and the table below keep the full names). */
  function narrow(figure) {
    (figure.data || []).forEach(function (trace) {
      if (trace.orientation !== "h" || !trace.y) { return; }
      var seen = {};
      trace.y = trace.y.map(function (label) {
        var text = String(label);
        var short = text.length > 24 ? text.slice(0, 23) + "\u2026" : text;
        while (seen[short]) { short += "\u200b"; }
        seen[short] = true;
        return short;
      });
    });
    var layout = figure.layout || {};
    layout.margin = Object.assign({}, layout.margin, { l: 4, r: 44 });
    figure.layout = layout;
  }

  function draw() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("[data-figure]").forEach(function (plot) {
      var source = document.getElementById(plot.dataset.figure);
      if (!source) { return; }
      var figure = JSON.parse(source.textContent);
      if (plot.clientWidth < 640) { narrow(figure); }
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
