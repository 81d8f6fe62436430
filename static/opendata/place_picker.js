/* The admin's place picker (initiatives/widgets.py): a click on the map fills latitude and longitude and sets the
   precision to "picked by an editor"; typed coordinates move the marker. */
(function () {
  "use strict";
  function init(node) {
    if (node.dataset.ready || !window.L) return;
    node.dataset.ready = "1";
    var form = node.closest("form");
    var lat = form.querySelector("input[name=latitude]");
    var lon = form.querySelector("input[name=longitude]");
    var precision = form.querySelector("select[name=place_precision]");
    var map = L.map(node, { minZoom: 1, maxZoom: 18, worldCopyJump: true }).setView([20, 5], 2);
    if (node.dataset.tileUrl) L.tileLayer(node.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
    if (window.topojson) {
      fetch(node.dataset.outlinesUrl).then(function (r) { return r.json(); }).then(function (topology) {
        L.geoJSON(topojson.feature(topology, topology.objects.countries), {
          interactive: false, style: { weight: 0.6, color: "#8a93a6", fillColor: "#eef1f6", fillOpacity: 1 }
        }).addTo(map).bringToBack();
      });
    }
    var marker = null;
    function show() {
      var la = parseFloat(lat.value), lo = parseFloat(lon.value);
      if (isNaN(la) || isNaN(lo)) return;
      if (marker) marker.setLatLng([la, lo]); else marker = L.circleMarker([la, lo], { radius: 7 }).addTo(map);
      map.setView([la, lo], Math.max(map.getZoom(), 5));
    }
    map.on("click", function (event) {
      lat.value = event.latlng.lat.toFixed(5);
      lon.value = L.Util.wrapNum(event.latlng.lng, [-180, 180], true).toFixed(5);
      if (precision) precision.value = "exact";
      [lat, lon, precision].forEach(function (input) {
        if (input) input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      show();
    });
    lat.addEventListener("change", show);
    lon.addEventListener("change", show);
    show();
    /* The panel may be in a hidden tab: redraw once it is shown. */
    new IntersectionObserver(function () { map.invalidateSize(); }).observe(node);
  }
  function all() { document.querySelectorAll("[data-place-picker]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all); else all();
})();
