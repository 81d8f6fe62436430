/* The map of initiatives: markers from the GeoJSON export (clustered, coloured by theme, a card in the popup),
   lines from a twinning's initiative to its partners' places, and the initiatives per country. Without JS the page
   keeps its list and table; filters update the map, the list and the URL without a reload. */
(function () {
  "use strict";
  var root = document.querySelector("[data-atlas]");
  if (!root || !window.L || !window.fetch || !window.topojson) return;
  var strings = JSON.parse(document.getElementById("atlas-strings").textContent);
  var form = root.querySelector("[data-atlas-form]");
  var mapNode = root.querySelector("[data-atlas-map]");
  var map = L.map(mapNode, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([20, 5], 2);
  var outlines = null;
  var countryMap = null;
  var countryLayer = null;
  var clusters = L.markerClusterGroup({ showCoverageOnHover: false });
  var links = L.layerGroup();
  var markers = {};
  clusters.addTo(map);
  links.addTo(map);

  if (root.dataset.tileUrl) {
    L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.tileAttribution || "", maxZoom: 18 }).addTo(map);
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function card(props) {
    var box = el("div", { "class": "atlas-card" });
    var title = el("p", { "class": "atlas-card__title" });
    var link = el("a", { href: props.url }, props.title);
    if (props.language !== document.documentElement.lang) link.setAttribute("lang", props.language);
    title.appendChild(link);
    box.appendChild(title);
    var where = [props.territory].concat(props.place.approximate ? [strings.approximate] : []).filter(Boolean);
    if (where.length) box.appendChild(el("p", { "class": "atlas-card__where" }, where.join(" · ")));
    if (props.theme_labels.length) box.appendChild(el("p", {}, props.theme_labels.join(", ")));
    if (props.status) box.appendChild(el("p", {}, strings.status + " : " + props.status));
    return box;
  }

  function themeNumber(props) {
    return strings.theme_numbers[props.themes[0]] || 8;
  }

  function draw(collection) {
    clusters.clearLayers();
    links.clearLayers();
    markers = {};
    var bounds = [];
    collection.features.forEach(function (feature) {
      if (!feature.geometry) return;
      var props = feature.properties;
      var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var icon = L.divIcon({ className: "atlas-marker atlas-theme-" + themeNumber(props), iconSize: [18, 18] });
      var marker = L.marker(latlng, { icon: icon, title: props.title, alt: props.title, keyboard: true });
      marker.bindPopup(card(props));
      clusters.addLayer(marker);
      markers[feature.id] = marker;
      bounds.push(latlng);
      props.organisations.forEach(function (org) {
        if (org.place && props.countries.length > 1 && props.countries.indexOf(org.country) !== -1) {
          links.addLayer(L.polyline([latlng, [org.place.latitude, org.place.longitude]], { className: "atlas-link" }));
        }
      });
    });
    mapNode.dataset.markerCount = String(Object.keys(markers).length);
    if (bounds.length) map.fitBounds(bounds, { maxZoom: 7, padding: [20, 20] });
  }

  function colour(count, max) {
    var steps = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"];
    return steps[Math.max(0, Math.ceil((count / Math.max(1, max)) * steps.length) - 1)];
  }

  function drawCountries() {
    var node = root.querySelector("[data-atlas-countries]");
    if (!node || !outlines) return;
    var counts = {};
    var max = 0;
    root.querySelectorAll("[data-atlas-country-table] tr[data-country]").forEach(function (row) {
      counts[row.dataset.country] = Number(row.dataset.count);
      max = Math.max(max, Number(row.dataset.count));
    });
    if (countryMap === null || countryMap.getContainer() !== node) {
      if (countryMap) countryMap.remove();
      countryMap = L.map(node, { minZoom: 1, maxZoom: 8, attributionControl: false }).setView([20, 5], 1);
      countryLayer = null;
    }
    if (countryLayer) countryLayer.remove();
    countryLayer = L.geoJSON(outlines, {
      style: function (feature) {
        var count = counts[feature.id] || 0;
        return { weight: 0.5, color: "#5a6275", fillOpacity: 1, fillColor: count ? colour(count, max) : "#f3f5f9" };
      },
      onEachFeature: function (feature, layer) {
        var count = counts[feature.id];
        if (count) layer.bindTooltip(feature.properties.name + " : " + count + " " + strings.initiatives);
      }
    }).addTo(countryMap);
  }

  function enhanceList() {
    root.querySelectorAll("[data-atlas-show]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var marker = markers[button.dataset.atlasShow];
        if (!marker) return;
        mapNode.scrollIntoView({ block: "center" });
        clusters.zoomToShowLayer(marker, function () {
          marker.openPopup();
          var icon = marker.getElement();
          if (icon) icon.focus();
        });
      });
    });
  }

  function load(geojsonUrl) {
    return fetch(geojsonUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(draw);
  }

  function params() {
    var query = new URLSearchParams(new FormData(form));
    Array.from(query.keys()).forEach(function (key) { if (!query.get(key)) query.delete(key); });
    return query;
  }

  function update() {
    var query = params();
    var pageUrl = window.location.pathname + (query.toString() ? "?" + query : "");
    var fragment = new URLSearchParams(query);
    fragment.set("fragment", "results");
    var data = new URLSearchParams(query);
    data.set("lang", document.documentElement.lang);
    var base = root.dataset.geojsonUrl.split("?")[0];
    root.setAttribute("aria-busy", "true");
    Promise.all([
      fetch(window.location.pathname + "?" + fragment).then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); }),
      load(base + "?" + data)
    ]).then(function (answers) {
      root.querySelector("[data-atlas-results]").innerHTML = answers[0];
      var link = root.querySelector("[data-atlas-search-link]");
      if (link) link.href = link.href.split("?")[0] + "?type=initiative" + (query.toString() ? "&" + query : "");
      history.replaceState(null, "", pageUrl);
      enhanceList();
      drawCountries();
      root.removeAttribute("aria-busy");
    }).catch(function () {
      window.alert(strings.error);
      window.location.assign(pageUrl);
    });
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });

  fetch(root.dataset.outlinesUrl)
    .then(function (r) { return r.json(); })
    .then(function (topology) {
      outlines = topojson.feature(topology, topology.objects.countries);
      L.geoJSON(outlines, { interactive: false, style: { weight: 0.6, color: "#8a93a6", fillColor: "#eef1f6", fillOpacity: 1 } })
        .addTo(map).bringToBack();
      drawCountries();
    });
  load(root.dataset.geojsonUrl).then(enhanceList);
})();
