// Bibliography entries with citeproc-js, the processor Zotero uses. Loaded after citeproc.js in one V8 context
// (by Python through mini-racer, or by Node for the comparison test): styles and locales are XML strings the caller
// registers, so the same files give the same output everywhere.
var STYLES = {};
var LOCALES = {};
var ENGINES = {};

function registerStyle(name, xml) { STYLES[name] = xml; return true; }
function registerLocale(lang, xml) { LOCALES[lang] = xml; return true; }

function engineFor(style, lang) {
  var key = style + "|" + lang;
  if (!ENGINES[key]) {
    var holder = { items: {} };
    var sys = {
      retrieveLocale: function (code) { return LOCALES[code] || LOCALES["en-US"]; },
      retrieveItem: function (id) { return holder.items[id]; },
    };
    var engine = new CSL.Engine(sys, STYLES[style], lang, true);
    ENGINES[key] = { engine: engine, holder: holder };
  }
  return ENGINES[key];
}

// items: CSL-JSON items with distinct ids; returns [html of each entry] in the order given.
function renderEntries(style, lang, itemsJson) {
  var items = JSON.parse(itemsJson);
  var slot = engineFor(style, lang);
  slot.holder.items = {};
  var out = [];
  for (var i = 0; i < items.length; i++) {
    // One item at a time: an entry never depends on its neighbours (no "2020a/2020b" across references).
    slot.holder.items = {};
    slot.holder.items[items[i].id] = items[i];
    slot.engine.updateItems([]);  // forget the previous item: an id seen before would keep its old fields
    slot.engine.updateItems([items[i].id]);
    var result = slot.engine.makeBibliography();
    out.push(result ? result[1].join("").trim() : "");
  }
  return JSON.stringify(out);
}
