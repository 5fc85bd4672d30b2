import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readZipPackage } from "../../src/ooxml/package-reader";
import { scanPlainXml } from "../../src/ooxml/plain-xml";
import type { Attributes } from "../../src/ooxml/properties";
import { parseSax, type SaxHandlers } from "../../src/ooxml/sax";
import { readDocx } from "../../src/ooxml/snapshot-reader";
import { packageOf } from "../helpers/big-docx";

// The reader scans document.xml with scanPlainXml and reads it with saxes only when the scan stops. So the scan must
// give saxes' events exactly where it goes on (names, attributes and their prototype-less object, self-closing, texts,
// order), must stop (false) where saxes would refuse the part, and before stopping must have given only events saxes
// gives too (a handler may throw at any event, and the reader starts again with fresh handlers).

function recorder(events: string[]): SaxHandlers {
  return {
    open(name: string, attributes: Attributes, selfClosing: boolean) {
      const bare = Object.getPrototypeOf(attributes) === null;
      events.push(
        `open ${name} ${JSON.stringify(Object.entries(attributes))} ${selfClosing} ${bare}`
      );
    },
    close(name: string) {
      events.push(`close ${name}`);
    },
    text(text: string) {
      events.push(`text ${JSON.stringify(text)}`);
    },
  };
}

type Outcome = "scanned" | "left to saxes";

/** Compares the scan with saxes on `xml`, failing the test on any difference the scan may not make. */
function compare(xml: string): Outcome {
  const bySaxes: string[] = [];
  let refused = false;
  try {
    parseSax(xml, "part", recorder(bySaxes));
  } catch {
    refused = true;
  }
  const byScan: string[] = [];
  const scanned = scanPlainXml(xml, "part", recorder(byScan));
  expect(byScan).toEqual(bySaxes.slice(0, byScan.length));
  if (!scanned) return "left to saxes";
  expect(refused).toBe(false);
  expect(byScan).toHaveLength(bySaxes.length);
  return "scanned";
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (inner: string) =>
  `${DECLARATION}<w:document ${W}><w:body><w:p><w:r><w:t>${inner}</w:t></w:r></w:p></w:body></w:document>`;

describe("scanPlainXml gives saxes' events or leaves the part to saxes", () => {
  const cases: [string, string, Outcome][] = [
    ["Word's plain XML", body("Kết luận số 12-KL/TU"), "scanned"],
    ["line ends in text and between tags", `${DECLARATION}<a>x\r\ny\rz\n</a>\r\n`, "scanned"],
    [
      "the five entities and character references",
      body("a&amp;b&lt;&gt;&quot;&apos;&#65;&#x1EA0;&#xD;"),
      "scanned",
    ],
    ["references in an attribute", `<a b="x&#xA;y&amp;z" c="1"/>`, "scanned"],
    ["a comment between tags", `<a>x<!-- Generated - by a tool -->y</a>`, "scanned"],
    ["whitespace in tags", `<a  b="1"\n c="2" ></a >`, "scanned"],
    ["a prototype key as attribute", `<a __proto__="1" constructor="2" toString="3"/>`, "scanned"],
    ["']' and '>' in text", body("[1] a > b ]] c"), "scanned"],
    ["']]>' in text", body("a ]]> b"), "left to saxes"],
    ["an unknown entity", body("a &nbsp; b"), "left to saxes"],
    ["'&#X41;' (saxes refuses the capital X)", body("&#X41;"), "left to saxes"],
    ["a reference to a character XML forbids", body("&#0;"), "left to saxes"],
    ["a control character", body("a\u0001b"), "left to saxes"],
    ["a lone surrogate", body("a\ud800b"), "left to saxes"],
    ["U+FFFE", body("a\ufffeb"), "left to saxes"],
    ["a duplicate attribute", `<a b="1" b="2"/>`, "left to saxes"],
    ["a single-quoted attribute", `<a b='1'/>`, "left to saxes"],
    ["a tab in an attribute", `<a b="1\t2"/>`, "left to saxes"],
    ["no space between attributes", `<a b="1"c="2"/>`, "left to saxes"],
    ["'<' in an attribute", `<a b="<"/>`, "left to saxes"],
    ["a mismatched close tag", `<a><b></a></b>`, "left to saxes"],
    ["an unclosed tag", `<a><b>text`, "left to saxes"],
    ["two roots", `<a/><b/>`, "left to saxes"],
    ["text outside the root", `<a/>text`, "left to saxes"],
    ["a DTD", `<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, "left to saxes"],
    ["CDATA", `<a><![CDATA[x]]></a>`, "left to saxes"],
    ["a processing instruction in the body", `<a><?pi x?></a>`, "left to saxes"],
    ["'--' in a comment", `<a><!-- a -- b --></a>`, "left to saxes"],
    ["a comment ending in '-'", `<a><!-- a ---></a>`, "left to saxes"],
    ["a byte order mark", `\ufeff<a/>`, "left to saxes"],
    ["whitespace before the first tag", ` <a/>`, "left to saxes"],
    ["a non-ASCII name", `<ä/>`, "left to saxes"],
    ["an empty part", ``, "left to saxes"],
  ];
  it.each(cases)("%s", (_name, xml, outcome) => {
    expect(compare(xml)).toBe(outcome);
  });

  const REAL_DIRS = [join(__dirname, "..", "fixtures", "real"), "/work/shared/real-documents"];
  const realParts: string[] = [];
  for (const dir of REAL_DIRS.filter((d) => existsSync(d)))
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".docx")))
      try {
        const parts = readZipPackage(readFileSync(join(dir, name)));
        for (const part of parts.names()) realParts.push(parts.get(part) ?? "");
      } catch {
        // An unreadable file has no parts to compare.
      }

  it("every XML part of every real document, almost all scanned", () => {
    let scanned = 0;
    for (const xml of realParts) if (compare(xml) === "scanned") scanned++;
    expect(realParts.length).toBeGreaterThan(400);
    expect(scanned / realParts.length).toBeGreaterThan(0.95);
  });

  it("real document.xml parts with random edits (seeded)", () => {
    const documents = realParts.filter((xml) => xml.includes("<w:body") && xml.length < 200_000);
    const pieces = [
      "<",
      ">",
      "&",
      ";",
      "]",
      "]]>",
      "\r",
      "\r\n",
      "\n",
      "\t",
      '"',
      "'",
      "/",
      "=",
      "!",
      "?",
      "\u0000",
      "\u0001",
      "\ufffe",
      "\ud800",
      "\ud83d\ude00",
      "é",
      " ",
      "&amp;",
      "&#65;",
      "&#x0;",
      "&#X41;",
      "&foo;",
      "<!-- c -->",
      "<!-- a -- b -->",
      "<![CDATA[x]]>",
      "<?pi x?>",
      "</w:p>",
      "<w:p>",
      "<w:t/>",
      ' a="1"',
      ' a="1" a="2"',
      ' b="&#xA;"',
      "__proto__",
      ":",
      "\ufeff",
      "<!DOCTYPE x>",
    ];
    let seed = 20261205;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const outcomes = { scanned: 0, "left to saxes": 0 };
    for (let k = 0; k < 600; k++) {
      let xml = documents[random(documents.length)] as string;
      for (let edit = 1 + random(3); edit > 0; edit--) {
        const at = random(xml.length + 1);
        const piece = pieces[random(pieces.length)] as string;
        const kind = random(3);
        if (kind === 0) xml = xml.slice(0, at) + piece + xml.slice(at);
        else if (kind === 1) xml = xml.slice(0, at) + xml.slice(at + 1 + random(5));
        else xml = xml.slice(0, at) + piece + xml.slice(at + 1);
      }
      if (random(10) === 0) xml = xml.slice(0, random(xml.length));
      outcomes[compare(xml)]++;
    }
    // Both ways are exercised: edits the subset takes (text, allowed characters) and edits it leaves to saxes.
    expect(outcomes.scanned).toBeGreaterThan(20);
    expect(outcomes["left to saxes"]).toBeGreaterThan(200);
  });

  it("a handler's error passes through as parseSax passes it", () => {
    const throwing = (error: Error): SaxHandlers => ({
      open() {
        throw error;
      },
      close() {},
    });
    expect(() =>
      scanPlainXml("<a/>", "word/document.xml", throwing(new TypeError("boom\nmore")))
    ).toThrow("word/document.xml: boom");
  });

  it("a document the scan leaves to saxes reads as before (a comment with '--'; a comment saxes takes)", () => {
    const paragraph = "<w:p><w:r><w:t>Kết luận</w:t></w:r></w:p>";
    expect(() => readDocx(packageOf(`<!-- a -- b -->${paragraph}`))).toThrow(
      /không phải XML hợp lệ/
    );
    const fine = readDocx(
      packageOf(`<!-- note -->${paragraph}<w:p><w:r><w:t>&#x1EA0;</w:t></w:r></w:p>`)
    );
    expect(fine.paragraphs.map((p) => p.text)).toEqual(["Kết luận", "Ạ"]);
  });
});
