// The reference output: the citeproc npm package (citeproc-js, what Zotero runs) under Node, one bibliography entry
// per item. Reads {"styles": {name: path}, "locales": {code: path}, "items": [...], "cases": [[style, locale], ...]}
// on stdin and writes {"style|locale": [entry HTML, ...]} on stdout.
const fs = require("fs");
const CSL = require("citeproc");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const read = (path) => fs.readFileSync(path, "utf8");
const locales = Object.fromEntries(Object.entries(input.locales).map(([code, path]) => [code, read(path)]));
const output = {};
for (const [style, locale] of input.cases) {
  const entries = [];
  let current = null;
  const sys = {
    retrieveLocale: (code) => locales[code] || locales["en-US"],
    retrieveItem: (id) => (current && id === current.id ? current : undefined),
  };
  const engine = new CSL.Engine(sys, read(input.styles[style]), locale, true);
  for (const item of input.items) {
    current = item; // the registry holds one item at a time: an entry never depends on another reference
    engine.updateItems([item.id]);
    const result = engine.makeBibliography();
    entries.push(result ? result[1].join("").trim() : "");
  }
  output[`${style}|${locale}`] = entries;
}
process.stdout.write(JSON.stringify(output, null, 1));
