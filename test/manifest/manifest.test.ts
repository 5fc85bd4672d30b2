// manifest.xml: the structure Word needs, resources that resolve, URLs that name built files, icons of the size they claim.

import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DIST_WEB = join(ROOT, "dist", "web");
const ORIGIN = "https://localhost:3000/";

const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BASIC_TYPES = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** The children of OfficeApp in the order the TaskPaneApp schema (appforoffice 1.1) requires them. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "AllowSnapshot",
  "ExtendedOverrides",
  "VersionOverrides",
];
/** Length limits of the schema's string types: ShortString (DisplayName, labels) and LongString (descriptions). */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
/** A resource id (ST_ResourceId) is at most 32 characters. */
const RESOURCE_ID_MAX = 32;
const COMMAND_ICON_SIZES = ["16", "32", "80"];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function parseManifest(): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(readFileSync(MANIFEST, "utf8"), "text/xml");
  if (problems.length > 0) throw new Error(`manifest.xml does not parse:\n${problems.join("\n")}`);
  return doc;
}

const doc = parseManifest();
const root = doc.documentElement as Element;

/** The element children of `parent`, optionally only those with this namespace and local name. */
function children(parent: Element, ns?: string, name?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (ns !== undefined && element.namespaceURI !== ns) continue;
    if (name !== undefined && element.localName !== name) continue;
    found.push(element);
  }
  return found;
}

/** The one child with this name; fails the test when there is none or more than one. */
function only(parent: Element, ns: string, name: string): Element {
  const found = children(parent, ns, name);
  if (found.length !== 1) {
    throw new Error(`expected one ${name} in ${parent.localName}, found ${found.length}`);
  }
  return found[0] as Element;
}

/** Follows a path of child names in one namespace from `start`, each step having exactly one match. */
function path(start: Element, ns: string, ...names: string[]): Element {
  return names.reduce((element, name) => only(element, ns, name), start);
}

const xsiType = (element: Element): string | null => element.getAttributeNS(XSI, "type");
const text = (element: Element): string => (element.textContent ?? "").trim();

const versionOverrides = only(root, OVERRIDES, "VersionOverrides");
const resources = only(versionOverrides, OVERRIDES, "Resources");

/** Resource kind → id → the resource element, from VersionOverrides/Resources. */
function resourceTable(kind: string): Map<string, Element> {
  const table = new Map<string, Element>();
  for (const element of children(only(resources, BASIC_TYPES, kind), BASIC_TYPES)) {
    const id = element.getAttribute("id") ?? "";
    if (table.has(id)) throw new Error(`resource id ${id} is defined twice in ${kind}`);
    table.set(id, element);
  }
  return table;
}

const images = resourceTable("Images");
const urls = resourceTable("Urls");
const shortStrings = resourceTable("ShortStrings");
const longStrings = resourceTable("LongStrings");

/** The resource table an element's resid must come from, by what the element is. */
function tableFor(element: Element): [string, Map<string, Element>] {
  const name = element.localName;
  if (name === "Image") return ["Images", images];
  if (["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(name ?? ""))
    return ["Urls", urls];
  if (name === "Description") return ["LongStrings", longStrings];
  if (name === "Label" || name === "Title") return ["ShortStrings", shortStrings];
  throw new Error(`no resource kind known for <${name} resid>`);
}

/** Every element under VersionOverrides/Hosts that refers to a resource. */
const residUsers = (Array.from(versionOverrides.getElementsByTagName("*")) as Element[]).filter(
  (element) => element.hasAttribute("resid")
);

/** The value of a resource (its DefaultValue), failing when it is missing. */
function resource(element: Element): string {
  const [kind, table] = tableFor(element);
  const id = element.getAttribute("resid") ?? "";
  const value = table.get(id)?.getAttribute("DefaultValue");
  if (value === undefined || value === null)
    throw new Error(`resid ${id} is not defined in ${kind}`);
  return value;
}

/** The en-US override of a base-manifest element or a bt:String. */
function enUsOverride(element: Element, ns: string): string | null {
  const override = children(element, ns, "Override").find(
    (o) => o.getAttribute("Locale") === "en-US"
  );
  return override?.getAttribute("Value") ?? null;
}

/** Every https URL written anywhere in the manifest, in attributes or text. */
function allUrls(): string[] {
  const found: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (const attribute of Array.from(element.attributes)) {
      if (
        /^https?:/i.test(attribute.value) &&
        attribute.name !== "xmlns" &&
        !attribute.name.startsWith("xmlns:")
      ) {
        found.push(attribute.value);
      }
    }
    if (children(element).length === 0 && /^https?:/i.test(text(element)))
      found.push(text(element));
  }
  return found;
}

/** The width and height a PNG's IHDR chunk declares. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE))
    throw new Error(`${file} is not a PNG`);
  // After the signature: chunk length (4 bytes), chunk type (4), then IHDR's width and height, big-endian.
  const typeAt = PNG_SIGNATURE.length + 4;
  if (bytes.toString("latin1", typeAt, typeAt + 4) !== "IHDR")
    throw new Error(`${file} does not start with IHDR`);
  return { width: bytes.readUInt32BE(typeAt + 4), height: bytes.readUInt32BE(typeAt + 8) };
}

/** dist/web, or an error telling to build it: these checks are about the built add-in and must never pass without it. */
function distWeb(): string {
  if (!existsSync(DIST_WEB) || !statSync(DIST_WEB).isDirectory()) {
    throw new Error(`${DIST_WEB} is missing: run \`npm run build\` first`);
  }
  return DIST_WEB;
}

describe("manifest.xml, base manifest", () => {
  it("is a task-pane add-in in the appforoffice 1.1 schema", () => {
    expect(root.namespaceURI).toBe(OFFICE_APP);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("lists its elements in the schema's order", () => {
    const names = children(root).map((element) => element.localName ?? "");
    const positions = names.map((name) => OFFICE_APP_ORDER.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("has a GUID id, a four-part version and a provider", () => {
    expect(text(only(root, OFFICE_APP, "Id"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(text(only(root, OFFICE_APP, "Version"))).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(text(only(root, OFFICE_APP, "ProviderName"))).toBe("Thể Thức");
  });

  it("runs in Word with read-write access, from WordApi 1.3 (table paragraphs are listed from 1.3 on)", () => {
    const hosts = children(only(root, OFFICE_APP, "Hosts"), OFFICE_APP, "Host");
    expect(hosts.map((host) => host.getAttribute("Name"))).toEqual(["Document"]);
    expect(text(only(root, OFFICE_APP, "Permissions"))).toBe("ReadWriteDocument");
    const sets = path(root, OFFICE_APP, "Requirements", "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    const wordApi = children(sets, OFFICE_APP, "Set").filter(
      (set) => set.getAttribute("Name") === "WordApi"
    );
    expect(wordApi.map((set) => set.getAttribute("MinVersion"))).toEqual(["1.3"]);
  });

  it("is Vietnamese by default with English overrides of its name and description", () => {
    expect(text(only(root, OFFICE_APP, "DefaultLocale"))).toBe("vi-VN");
    for (const [name, max] of [
      ["DisplayName", SHORT_STRING_MAX],
      ["Description", LONG_STRING_MAX],
    ] as const) {
      const element = only(root, OFFICE_APP, name);
      const vi = element.getAttribute("DefaultValue") ?? "";
      const en = enUsOverride(element, OFFICE_APP) ?? "";
      expect(vi).not.toBe("");
      expect(en).not.toBe("");
      expect(vi.length).toBeLessThanOrEqual(max);
      expect(en.length).toBeLessThanOrEqual(max);
    }
  });

  it("opens taskpane.html by default and has 32 and 64 px add-in icons", () => {
    expect(
      path(root, OFFICE_APP, "DefaultSettings", "SourceLocation").getAttribute("DefaultValue")
    ).toBe(`${ORIGIN}taskpane.html`);
    expect(only(root, OFFICE_APP, "IconUrl").getAttribute("DefaultValue")).toBe(
      `${ORIGIN}assets/icon-32.png`
    );
    expect(only(root, OFFICE_APP, "HighResolutionIconUrl").getAttribute("DefaultValue")).toBe(
      `${ORIGIN}assets/icon-64.png`
    );
  });
});

describe("manifest.xml, ribbon (VersionOverrides 1.0)", () => {
  const host = path(versionOverrides, OVERRIDES, "Hosts", "Host");
  const desktop = only(host, OVERRIDES, "DesktopFormFactor");
  const extensionPoint = only(desktop, OVERRIDES, "ExtensionPoint");
  const tab = only(extensionPoint, OVERRIDES, "OfficeTab");
  const group = only(tab, OVERRIDES, "Group");
  const buttons = children(group, OVERRIDES, "Control");

  it("adds commands to Word's Home tab", () => {
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(host)).toBe("Document");
    expect(xsiType(extensionPoint)).toBe("PrimaryCommandSurface");
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(resource(only(group, OVERRIDES, "Label"))).toBe("Thể Thức");
    expect(resource(only(desktop, OVERRIDES, "FunctionFile"))).toBe(`${ORIGIN}commands.html`);
  });

  it("has Insert, Citations, Check and Settings buttons that open one task pane on different pages", () => {
    expect(buttons.map(xsiType)).toEqual(["Button", "Button", "Button", "Button"]);
    const actions = buttons.map((button) => only(button, OVERRIDES, "Action"));
    expect(actions.map(xsiType)).toEqual([
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
    ]);
    expect(new Set(actions.map((action) => text(only(action, OVERRIDES, "TaskpaneId"))))).toEqual(
      new Set(["ThetThucPane"])
    );
    expect(actions.map((action) => resource(only(action, OVERRIDES, "SourceLocation")))).toEqual([
      `${ORIGIN}taskpane.html?pane=insert`,
      `${ORIGIN}taskpane.html?pane=citations`,
      `${ORIGIN}taskpane.html?pane=check`,
      `${ORIGIN}taskpane.html?pane=settings`,
    ]);
    const labels = buttons.map((button) =>
      shortStrings.get(only(button, OVERRIDES, "Label").getAttribute("resid") ?? "")
    );
    expect(labels.map((label) => label?.getAttribute("DefaultValue"))).toEqual([
      "Chèn khối",
      "Trích dẫn",
      "Kiểm tra",
      "Thiết lập",
    ]);
    expect(labels.map((label) => (label ? enUsOverride(label, BASIC_TYPES) : null))).toEqual([
      "Insert blocks",
      "Citations",
      "Check",
      "Settings",
    ]);
  });

  it("gives every button a supertip with a title and a description", () => {
    for (const button of buttons) {
      const supertip = only(button, OVERRIDES, "Supertip");
      expect(resource(only(supertip, OVERRIDES, "Title"))).not.toBe("");
      expect(resource(only(supertip, OVERRIDES, "Description"))).not.toBe("");
    }
  });

  it("gives the group and every button 16, 32 and 80 px icons of those sizes", () => {
    for (const owner of [group, ...buttons]) {
      const icons = children(only(owner, OVERRIDES, "Icon"), BASIC_TYPES, "Image");
      expect(icons.map((icon) => icon.getAttribute("size"))).toEqual(COMMAND_ICON_SIZES);
      for (const icon of icons) {
        expect(resource(icon)).toBe(`${ORIGIN}assets/icon-${icon.getAttribute("size")}.png`);
      }
    }
  });
});

describe("manifest.xml, resources", () => {
  it("defines every resid it refers to, in the table of the right kind", () => {
    expect(residUsers.length).toBeGreaterThan(0);
    for (const element of residUsers) {
      expect(() => resource(element)).not.toThrow();
    }
  });

  it("uses every resource it defines", () => {
    const used = new Set(residUsers.map((element) => element.getAttribute("resid")));
    const defined = [images, urls, shortStrings, longStrings].flatMap((table) => [...table.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps resource ids within the schema's 32 characters", () => {
    const defined = [images, urls, shortStrings, longStrings].flatMap((table) => [...table.keys()]);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(RESOURCE_ID_MAX);
  });

  it("gives every string a Vietnamese default and an English override within the length limits", () => {
    for (const [table, max] of [
      [shortStrings, SHORT_STRING_MAX],
      [longStrings, LONG_STRING_MAX],
    ] as const) {
      for (const [id, element] of table) {
        const vi = element.getAttribute("DefaultValue") ?? "";
        const en = enUsOverride(element, BASIC_TYPES) ?? "";
        expect({ id, vi: vi.length > 0, en: en.length > 0 }).toEqual({ id, vi: true, en: true });
        expect({ id, length: Math.max(vi.length, en.length) <= max }).toEqual({ id, length: true });
      }
    }
  });
});

describe("manifest.xml against the build", () => {
  it("names only https://localhost:3000/ URLs, each a file in dist/web", () => {
    const web = distWeb();
    const found = allUrls();
    expect(found.length).toBeGreaterThan(0);
    const elsewhere = found.filter((url) => !url.startsWith(ORIGIN));
    expect(elsewhere).toEqual([]);
    const missing = found
      .map((url) => new URL(url).pathname.slice(1))
      .filter((file) => !existsSync(join(web, file)) || !statSync(join(web, file)).isFile());
    expect(missing).toEqual([]);
  });

  it("points at icons whose PNG size matches the size in their name, in assets/ and in dist/web", () => {
    const web = distWeb();
    const icons = [...new Set(allUrls().filter((url) => /\/icon-\d+\.png$/.test(url)))];
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const url of icons) {
      const file = new URL(url).pathname.slice(1);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      for (const dir of [ROOT, web]) {
        expect({ file: join(dir, file), ...pngSize(join(dir, file)) }).toEqual({
          file: join(dir, file),
          width: size,
          height: size,
        });
      }
    }
  });

  it("ships the same manifest.xml in dist/web as in the repository", () => {
    const built = join(distWeb(), "manifest.xml");
    if (!existsSync(built) || !readFileSync(built).equals(readFileSync(MANIFEST))) {
      throw new Error(`${built} differs from manifest.xml: run \`npm run build\` again`);
    }
  });
});
