/* Enhances the search form: filters, sort and pages update the results from the JSON API without a full reload,
   the URL stays shareable (history.pushState), and the query box suggests titles. Without JS the GET form works. */
(function () {
  "use strict";
  var root = document.querySelector(".search[data-search-api]");
  if (!root || !window.fetch || !window.URLSearchParams) return;
  var form = root.querySelector("[data-search-form]");
  var strings = JSON.parse(document.getElementById("search-strings").textContent);
  var api = root.dataset.searchApi;
  var lang = root.dataset.lang;
  var pending = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formParams(page) {
    var params = new URLSearchParams(new FormData(form));
    Array.from(params.keys()).forEach(function (key) {
      if (params.get(key) === "" && params.getAll(key).length === 1) params.delete(key);
    });
    if (page && page > 1) params.set("page", page);
    return params;
  }

  function statusText(count) {
    if (count === 0) return strings.no_result;
    if (count === 1) return strings.one_result;
    return strings.many_results.replace("%(count)s", count.toLocaleString(lang));
  }

  function renderFacets(facets) {
    var aside = root.querySelector(".search-facets");
    aside.querySelectorAll("fieldset[data-facet]").forEach(function (f) { f.remove(); });
    var anchor = aside.firstChild;
    Object.keys(facets).forEach(function (name) {
      if (!facets[name].length) return;
      var fieldset = el("fieldset", { "class": "search-facet", "data-facet": name });
      fieldset.appendChild(el("legend", {}, strings.facets[name] || name));
      var list = el("ul");
      facets[name].forEach(function (bucket) {
        var label = el("label");
        var box = el("input", { type: "checkbox", name: name, value: bucket.value, "data-search-filter": "" });
        box.checked = bucket.selected;
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + bucket.label + " "));
        label.appendChild(el("span", { "class": "search-facet__count" }, "(" + bucket.count + ")"));
        var item = el("li");
        item.appendChild(label);
        list.appendChild(item);
      });
      fieldset.appendChild(list);
      aside.insertBefore(fieldset, anchor);
    });
  }

  function labelOf(facets, facet, value) {
    var found = (facets[facet] || []).filter(function (b) { return b.value === value; })[0];
    return found ? found.label : value;
  }

  function renderHits(data) {
    var list = root.querySelector("[data-search-hits]");
    list.textContent = "";
    data.results.forEach(function (hit) {
      var item = el("li", { "class": "search-hit search-hit--" + hit.type });
      item.appendChild(el("span", { "class": "search-hit__type" }, labelOf(data.facets, "type", hit.type)));
      var title = el("h2", { "class": "search-hit__title" });
      title.appendChild(el("a", { href: hit.url }, hit.title));
      if (hit.locale !== lang) title.appendChild(el("span", { "class": "search-hit__untranslated", lang: "fr" }, " (" + strings.in_french + ")"));
      item.appendChild(title);
      var snippet = el("p", { "class": "search-hit__snippet" });
      snippet.innerHTML = hit.snippet; /* escaped by the server; only <mark> is markup */
      item.appendChild(snippet);
      var meta = el("p", { "class": "search-hit__meta" });
      hit.themes.forEach(function (code) {
        meta.appendChild(el("span", { "class": "search-hit__theme" }, labelOf(data.facets, "theme", code)));
        meta.appendChild(document.createTextNode(" "));
      });
      if (hit.year) meta.appendChild(el("span", { "class": "search-hit__year" }, String(hit.year)));
      item.appendChild(meta);
      list.appendChild(item);
    });
  }

  function renderPages(data, params) {
    var old = root.querySelector("[data-search-pagination]");
    if (old) old.remove();
    if (data.pages <= 1) return;
    var nav = el("nav", { "class": "search-pagination", "aria-label": strings.pages, "data-search-pagination": "" });
    var list = el("ul");
    for (var n = 1; n <= data.pages; n++) {
      if (n !== 1 && n !== data.pages && Math.abs(n - data.page) > 2) continue;
      var p = new URLSearchParams(params);
      p.delete("lang");
      if (n > 1) p.set("page", n); else p.delete("page");
      var link = el("a", { href: "?" + p.toString(), "data-page": n }, String(n));
      if (n === data.page) link.setAttribute("aria-current", "page");
      var item = el("li");
      item.appendChild(link);
      list.appendChild(item);
    }
    nav.appendChild(list);
    root.querySelector(".search-results").appendChild(nav);
  }

  function update(page, push) {
    var params = formParams(page);
    var shown = params.toString();
    params.set("lang", lang);
    if (pending) pending.abort();
    pending = new AbortController();
    root.setAttribute("aria-busy", "true");
    fetch(api + "?" + params.toString(), { signal: pending.signal, headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        renderFacets(data.facets);
        renderHits(data);
        renderPages(data, params);
        var empty = root.querySelector(".search-empty");
        if (empty) empty.remove();
        root.querySelector("[data-search-status]").textContent = statusText(data.count);
        if (push) history.pushState({ search: shown }, "", "?" + shown);
        root.querySelectorAll("[data-search-export]").forEach(function (link) {
          link.search = "?" + params.toString(); /* export what is shown now */
        });
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        window.location.search = shown; /* fall back to the server-rendered page */
      })
      .finally(function () { root.removeAttribute("aria-busy"); });
  }

  form.addEventListener("change", function (event) {
    if (event.target.matches("[data-search-filter]")) update(1, true);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(1, true); });
  root.addEventListener("click", function (event) {
    var link = event.target.closest("[data-search-pagination] a");
    if (!link) return;
    event.preventDefault();
    update(parseInt(link.dataset.page || new URLSearchParams(link.search).get("page") || "1", 10), true);
  });
  window.addEventListener("popstate", function () { window.location.reload(); });

  /* Title autocomplete: jump straight to a page. */
  var input = root.querySelector("[data-search-input]");
  var box = root.querySelector("[data-search-suggestions]");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { box.hidden = true; return; }
    timer = setTimeout(function () {
      fetch(root.dataset.autocompleteApi + "?" + new URLSearchParams({ q: text, lang: lang }))
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          box.textContent = "";
          data.results.forEach(function (s) {
            var item = el("li", { role: "option" });
            item.appendChild(el("a", { href: s.url }, s.title));
            box.appendChild(item);
          });
          box.hidden = !data.results.length;
        });
    }, 200);
  });
  input.addEventListener("keydown", function (event) { if (event.key === "Escape") box.hidden = true; });
})();
