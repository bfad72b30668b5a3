// OneCity pages work without JavaScript; this file only adds the map picker (pointer and keyboard) and htmx's CSRF header.
(function () {
  "use strict";
  document.body && document.body.classList.add("js-enabled", "govuk-frontend-supported");

  document.addEventListener("htmx:configRequest", function (e) {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) {
      e.detail.headers[header.content] = token.content;
    }
  });

  function initMap(el) {
    if (typeof L === "undefined") {
      return;
    }
    el.hidden = false;
    var lat = document.getElementById("lat");
    var lon = document.getElementById("lon");
    var status = document.getElementById("map-status");
    var map = L.map(el, { attributionControl: false, keyboardPanDelta: 60 }).setView([40.7128, -73.95], 10);
    el.onecityMap = map;
    // Keyboard: the map takes focus; arrow keys move it (Leaflet), + and - zoom, Enter or Space puts
    // the point at the centre (shown by a cross), as does the "use the centre" button.
    var keys = document.getElementById("map-keys");
    var centre = document.getElementById("map-centre");
    map.getContainer().setAttribute("tabindex", "0");
    if (keys) {
      keys.hidden = false;
      map.getContainer().setAttribute("aria-describedby", "map-keys");
    }
    var tiles = el.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
    }
    fetch(el.dataset.layer, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (geo) {
      var layer = L.geoJSON(geo, { style: { color: "#0b2f6b", weight: 2, fillColor: "#cfe0f5", fillOpacity: 0.5 } }).addTo(map);
      map.fitBounds(layer.getBounds());
    }).catch(function () { /* the address field still works */ });
    var marker = null;
    function pick(latlng) {
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.circleMarker(latlng, { radius: 9, color: "#942514", weight: 3, fillOpacity: 0.6 }).addTo(map);
      }
      if (status) {
        status.textContent = el.dataset.picked + " " + lat.value + ", " + lon.value;
      }
      if (window.htmx && el.dataset.nearby) {
        htmx.ajax("GET", el.dataset.nearby + (el.dataset.nearby.indexOf("?") < 0 ? "?" : "&") + "lat=" + lat.value + "&lon=" + lon.value,
          { target: "#duplicates", swap: "outerHTML" });
      }
    }
    if (lat.value && lon.value) {
      pick(L.latLng(parseFloat(lat.value), parseFloat(lon.value)));
    }
    map.on("click", function (e) { pick(e.latlng); });
    map.getContainer().addEventListener("keydown", function (e) {
      if (e.target === map.getContainer() && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        pick(map.getCenter());
      }
    });
    if (centre) {
      centre.hidden = false;
      centre.addEventListener("click", function () { pick(map.getCenter()); });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.body.classList.add("js-enabled", "govuk-frontend-supported");
    var el = document.getElementById("map");
    if (el) {
      initMap(el);
    }
  });
})();
