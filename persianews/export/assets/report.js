/* persianews report: lazy, paginated tables over the embedded data; no network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pn-data").textContent);
  var PAGE = 100;
  var pages = { documents: 0, quotes: 0 };
  var Q = { doc: 0, number: 1, speaker: 2, title: 3, cue: 4, kind: 5, content: 6, place: 7, organization: 8 };
  var shownQuotes = data.quotes;

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function link(text, href) {
    var a = document.createElement("a");
    a.textContent = text;
    a.href = href;
    return a;
  }

  function pager(name, total) {
    var box = document.querySelector('.pn-pager[data-for="' + name + '"]');
    var last = Math.max(0, Math.ceil(total / PAGE) - 1);
    box.textContent = "";
    if (last === 0) { return; }
    [["‹ previous", pages[name] - 1], ["next ›", pages[name] + 1]].forEach(function (step) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = step[0];
      button.disabled = step[1] < 0 || step[1] > last;
      button.addEventListener("click", function () { pages[name] = step[1]; draw(name); });
      box.appendChild(button);
    });
    var where = document.createElement("span");
    where.textContent = "page " + (pages[name] + 1) + " of " + (last + 1);
    box.appendChild(where);
  }

  function drawDocuments() {
    var body = document.getElementById("pn-document-rows");
    body.textContent = "";
    var start = pages.documents * PAGE;
    data.documents.slice(start, start + PAGE).forEach(function (doc, offset) {
      var number = start + offset;
      var row = document.createElement("tr");
      row.dataset.doc = number;
      cell(row, String(number + 1), "pn-num");
      var title = cell(row, "");
      title.appendChild(link(doc.title || doc.id, "#d" + number));
      if (doc.error) {
        var warning = document.createElement("div");
        warning.className = "pn-error";
        warning.textContent = doc.error;
        title.appendChild(warning);
        row.className = "pn-failed";
      }
      cell(row, doc.date);
      cell(row, doc.source);
      doc.counts.forEach(function (count) { cell(row, String(count), "pn-num"); });
      body.appendChild(row);
    });
    pager("documents", data.documents.length);
  }

  function filterQuotes() {
    var form = document.getElementById("pn-filters");
    var wanted = ["speaker", "place", "organization"].map(function (name) {
      return [Q[name], form.elements[name].value.trim()];
    }).filter(function (pair) { return pair[1] !== ""; });
    shownQuotes = data.quotes.filter(function (quote) {
      return wanted.every(function (pair) { return quote[pair[0]].indexOf(pair[1]) !== -1; });
    });
    pages.quotes = 0;
    drawQuotes();
  }

  function drawQuotes() {
    var body = document.getElementById("pn-quote-rows");
    body.textContent = "";
    var start = pages.quotes * PAGE;
    shownQuotes.slice(start, start + PAGE).forEach(function (quote) {
      var row = document.createElement("tr");
      cell(row, quote[Q.speaker], "pn-speaker-cell");
      cell(row, quote[Q.title]);
      cell(row, quote[Q.cue]);
      cell(row, quote[Q.kind], "pn-kind");
      cell(row, quote[Q.content], "pn-content");
      var doc = data.documents[quote[Q.doc]];
      cell(row, "").appendChild(link(doc.title || doc.id, "#d" + quote[Q.doc] + "-q" + quote[Q.number]));
      body.appendChild(row);
    });
    document.getElementById("pn-quote-count").textContent = shownQuotes.length + " of " + data.quotes.length + " quotes";
    pager("quotes", shownQuotes.length);
  }

  function draw(name) { if (name === "documents") { drawDocuments(); } else { drawQuotes(); } }

  function fillChoices(list, column) {
    var seen = {};
    data.quotes.forEach(function (quote) { if (quote[column]) { seen[quote[column]] = true; } });
    var box = document.getElementById(list);
    Object.keys(seen).sort().forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      box.appendChild(option);
    });
  }

  function show(panel) {
    ["documents", "quotes", "view"].forEach(function (name) {
      document.getElementById("pn-" + name).hidden = name !== panel;
      var tab = document.getElementById("pn-tab-" + name);
      if (tab) { tab.classList.toggle("pn-active", name === panel); }
    });
  }

  function route() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var match = /^d(\d+)(?:-q(\d+))?$/.exec(hash);
    if (match && data.documents[+match[1]]) {
      document.getElementById("pn-view-body").innerHTML = data.documents[+match[1]].html;
      show("view");
      var target = match[2] !== undefined ? document.getElementById(hash) : null;
      (target || document.getElementById("pn-view")).scrollIntoView();
      if (target) { target.classList.add("pn-target"); }
      return;
    }
    if (/^d\d+-s\d+$/.test(hash) && document.getElementById(hash)) { return; }
    show(hash === "quotes" ? "quotes" : "documents");
  }

  document.getElementById("pn-filters").addEventListener("input", filterQuotes);
  document.getElementById("pn-filters").addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", route);
  fillChoices("pn-speaker-names", Q.speaker);
  fillChoices("pn-place-names", Q.place);
  fillChoices("pn-organization-names", Q.organization);
  drawDocuments();
  drawQuotes();
  route();
}());
