// Follows an ingest job: polls its status endpoint and updates the page.
// Only textContent is ever written, so nothing from the server becomes markup.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  var stagesTotal = 5;

  function set(id, text) {
    var el = document.getElementById(id);
    if (el) { el.textContent = text; }
  }

  function show(job) {
    var state = document.getElementById("job-state");
    state.textContent = job.state;
    state.className = "state-" + job.state;
    var stage = job.stage;
    set("job-stage", stage ? stage.name + ": " + stage.done + (stage.total ? " / " + stage.total : "") : "");
    var bar = document.getElementById("job-progress");
    if (bar) {
      bar.max = stagesTotal;
      bar.value = job.state === "done" ? stagesTotal : (job.stages_done || []).length;
    }
    set("job-started", job.started || "–");
    set("job-finished", job.finished || "–");
    var err = document.getElementById("job-error");
    if (job.error) { err.textContent = job.error; err.hidden = false; }
    if (job.summary) { showSummary(job.summary); }
  }

  // The run's figures as a list of name and value (nested figures on one line).
  function showSummary(summary) {
    var list = document.getElementById("job-summary");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    Object.keys(summary).forEach(function (key) {
      var value = summary[key];
      var text;
      if (value === null || typeof value !== "object") {
        text = String(value);
      } else if (Array.isArray(value)) {
        if (!value.length) { return; }
        text = String(value.length);
      } else {
        var parts = Object.keys(value).map(function (k) { return k + ": " + value[k]; });
        if (!parts.length) { return; }
        text = parts.join(", ");
      }
      var row = document.createElement("div");
      var dt = document.createElement("dt");
      var dd = document.createElement("dd");
      dt.textContent = key.replace(/_/g, " ");
      dd.textContent = text;
      row.appendChild(dt);
      row.appendChild(dd);
      list.appendChild(row);
    });
    document.getElementById("job-result").hidden = false;
  }

  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        show(data.job);
        if (data.job.state === "queued" || data.job.state === "running") {
          window.setTimeout(poll, 800);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  poll();
})();
