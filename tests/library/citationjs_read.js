// Reads a bibliography with citation-js (BibTeX, RIS or CSL-JSON, told by citation-js itself) and writes the CSL-JSON
// items it understood on stdout; a file it cannot read exits non-zero.
const fs = require("fs");
const { Cite } = require("@citation-js/core");
require("@citation-js/plugin-bibtex");
require("@citation-js/plugin-ris");

const text = fs.readFileSync(0, "utf8");
const type = process.argv[2];
const cite = new Cite(type.startsWith("@csl/") ? JSON.parse(text) : text, { forceType: type });
process.stdout.write(JSON.stringify(cite.data));
