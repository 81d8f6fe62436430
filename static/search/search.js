/* Enhances the search form. The server renders every state: the script asks for the part of the page a search
   changes (header X-Search-Fragment) and swaps it in, then restores focus, announces the state in the live
   region and keeps <title> and the URL in step. Without JavaScript the GET form and its links work as they are. */
(function () {
  "use strict";
  var root = document.querySelector("[data-search]");
  if (!root || !window.fetch || !window.URLSearchParams || !window.DOMParser) return;
  var form = root.querySelector("[data-search-form]");
  var region = root.querySelector("[data-search-fragment]");
  var live = root.querySelector("[data-search-live]");
  var narrow = window.matchMedia("(max-width: 48rem)");
  var pending = null;
  var ui = { open: {}, filtersOpen: false };
  var valueTimers = {};
  var shown = window.location.search; /* the state on screen: a skip link's #main also fires popstate */

  function formQuery() {
    var params = new URLSearchParams(new FormData(form));
    Array.from(new Set(params.keys())).forEach(function (key) {
      var kept = params.getAll(key).filter(function (v) { return v !== ""; });
      params.delete(key);
      kept.forEach(function (v) { params.append(key, v); });
    });
    return "?" + params.toString();
  }

  /* Which control had focus, as something that survives the swap. */
  function focusKey(node) {
    if (!node || !region.contains(node)) return null;
    if (node.matches("input[type=checkbox]")) return { selector: "input[name='" + node.name + "'][value='" + CSS.escape(node.value) + "']" };
    if (node.name) return { selector: "[name='" + node.name + "']" };
    if (node.matches("summary")) return { selector: "[data-facet='" + node.parentNode.dataset.facet + "'] > summary" };
    return null;
  }

  function remember() {
    region.querySelectorAll("details[data-facet]").forEach(function (d) { ui.open[d.dataset.facet] = d.open; });
  }

  function enhance() {
    region.querySelectorAll("details[data-facet]").forEach(function (d) {
      if (d.dataset.facet in ui.open) d.open = ui.open[d.dataset.facet];
    });
    region.querySelectorAll("[data-facet-filter-label]").forEach(function (label) { label.hidden = false; });
    var apply = region.querySelector("[data-search-apply]");
    if (apply) apply.hidden = true;
    var toggle = region.querySelector("[data-search-filters-toggle]");
    toggle.hidden = !narrow.matches;
    setFiltersOpen(ui.filtersOpen || !narrow.matches);
  }

  /* "Show all" and the filter box of a long facet: the server sends the list of values (the same fragment as the
     values page, at most a page of them), which replaces the group's list; selected values always come first. */
  function loadValues(group, contains, focusFilter) {
    var filter = group.querySelector("[data-facet-filter]");
    var url = new URL(filter.dataset.valuesUrl, window.location.href);
    if (contains) url.searchParams.set("contains", contains);
    fetch(url, { headers: { "X-Search-Fragment": "1" } })
      .then(function (r) { if (!r.ok) throw new Error("values failed"); return r.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var list = group.querySelector("[data-facet-list]");
        list.replaceWith(doc.querySelector("[data-facet-list]"));
        var shown = doc.querySelector("[data-facet-shown]");
        var old = group.querySelector("[data-facet-shown]");
        if (old) old.remove();
        group.querySelector("[data-facet-status]").textContent = shown.textContent.trim();
        if (shown.querySelector("a")) group.querySelector("[data-facet-list]").after(shown);
        var all = group.querySelector("[data-facet-all]");
        if (all) all.hidden = true;
        if (focusFilter) filter.focus();
      })
      .catch(function () { window.location.assign(url); });
  }

  function setFiltersOpen(open) {
    var toggle = region.querySelector("[data-search-filters-toggle]");
    var facets = region.querySelector("[data-search-facets]");
    facets.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  }

  function update(query, options) {
    options = options || {};
    var key = focusKey(document.activeElement);
    if (pending) pending.abort();
    pending = new AbortController();
    root.setAttribute("aria-busy", "true");
    fetch(form.action + query, { signal: pending.signal, headers: { "X-Search-Fragment": "1" } })
      .then(function (r) { return r.text().then(function (text) { return { ok: r.ok || r.status === 400, text: text }; }); })
      .then(function (result) {
        if (!result.ok) throw new Error("search failed");
        var doc = new DOMParser().parseFromString(result.text, "text/html");
        remember();
        region.replaceChildren.apply(region, Array.from(doc.body.childNodes));
        enhance();
        document.title = doc.title;
        if (options.push !== false) history.pushState({ query: query }, "", query);
        shown = window.location.search;
        var heading = region.querySelector("[data-search-heading]");
        live.textContent = heading.dataset.announce;
        var target = key && !options.toHeading ? region.querySelector(key.selector) : null;
        (target || heading).focus();
        if (!target) heading.scrollIntoView({ block: "start" });
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(form.action + query);
      })
      .finally(function () { root.removeAttribute("aria-busy"); });
  }

  form.addEventListener("change", function (event) {
    if (!event.target.matches("[data-search-filter]")) return;
    if (event.target.pattern && !event.target.checkValidity()) return;
    update(formQuery());
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    closeSuggestions();
    update(formQuery(), { toHeading: true });
  });
  root.addEventListener("click", function (event) {
    var link = event.target.closest("[data-search-link]");
    if (link) {
      event.preventDefault();
      update(link.search || "?", { toHeading: true });
      return;
    }
    var all = event.target.closest("[data-facet-all]");
    if (all) {
      event.preventDefault();
      loadValues(all.closest("[data-facet]"), "", true);
      return;
    }
    if (event.target.closest("[data-search-filters-toggle]")) {
      ui.filtersOpen = region.querySelector("[data-search-facets]").hidden;
      setFiltersOpen(ui.filtersOpen);
      if (ui.filtersOpen) region.querySelector("[data-search-facets] summary").focus();
    }
  });
  root.addEventListener("input", function (event) {
    if (!event.target.matches("[data-facet-filter]")) return;
    var group = event.target.closest("[data-facet]");
    var name = group.dataset.facet;
    clearTimeout(valueTimers[name]);
    valueTimers[name] = setTimeout(function () { loadValues(group, event.target.value.trim(), false); }, 250);
  });
  root.addEventListener("keydown", function (event) {
    if (event.target.matches("[data-facet-filter]") && event.key === "Enter") event.preventDefault();
  });
  narrow.addEventListener("change", enhance);
  window.addEventListener("popstate", function () {
    if (window.location.search !== shown) update(window.location.search, { push: false, toHeading: true });
  });
  enhance();

  /* Title suggestions: an ARIA 1.2 combobox (list autocomplete); choosing an option opens that page. */
  var input = root.querySelector("[data-search-input]");
  var box = root.querySelector("[data-search-suggestions]");
  var timer = null;
  var active = -1;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", box.id);
  input.setAttribute("aria-expanded", "false");

  function options() { return Array.from(box.querySelectorAll("[role=option]")); }
  function closeSuggestions() {
    clearTimeout(timer);
    box.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function highlight(index) {
    var all = options();
    active = index;
    all.forEach(function (option, i) { option.setAttribute("aria-selected", String(i === index)); });
    if (index >= 0) input.setAttribute("aria-activedescendant", all[index].id);
    else input.removeAttribute("aria-activedescendant");
  }
  function show(results) {
    box.textContent = "";
    results.forEach(function (s, i) {
      var option = document.createElement("li");
      option.id = "search-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = s.url;
      option.textContent = s.title;
      box.appendChild(option);
    });
    box.hidden = !results.length;
    input.setAttribute("aria-expanded", String(!!results.length));
    active = -1;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { closeSuggestions(); return; }
    timer = setTimeout(function () {
      fetch(root.dataset.autocompleteApi + "?" + new URLSearchParams({ q: text, lang: root.dataset.lang }))
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (document.activeElement === input) show(data.results); });
    }, 200);
  });
  input.addEventListener("keydown", function (event) {
    var all = options();
    var open = !box.hidden;
    if (event.key === "Escape") {
      event.preventDefault(); /* a search box would clear itself */
      closeSuggestions();
    } else if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      highlight((active + 1) % all.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active <= 0 ? all.length - 1 : active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(all[active].dataset.url);
    }
  });
  input.addEventListener("blur", closeSuggestions);
  box.addEventListener("mousedown", function (event) { event.preventDefault(); }); /* keep focus in the box */
  box.addEventListener("click", function (event) {
    var option = event.target.closest("[role=option]");
    if (option) window.location.assign(option.dataset.url);
  });
})();
