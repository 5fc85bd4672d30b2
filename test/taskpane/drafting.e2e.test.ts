// The New pane and the Insert pane's block forms in Debian's Chromium, office.js stubbed, nothing off the machine.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import type { Block, ParagraphSpec } from "../../src/blocks/block";
import { flatOpcPackage } from "../../src/ooxml/flat-opc";
import { thethuc } from "../helpers/cli";
import { OFFICE_STUB, OUTPUT, paneHarness } from "../helpers/pane-harness";
import { tempDir } from "../helpers/tools";

// What this suite adds to the shared stub: WordApi 1.3's createDocument, content controls found by tag, and the
// body's text. Calls are recorded in the stub's list, under the Word.run they belong to.
const DRAFTING_STUB = `(function () {
  var calls = window.__officeCalls;
  var run = window.Word.run;
  window.Word.run = function (batch) {
    return run(function (context) {
      var current = 0;
      for (var i = calls.length - 1; i >= 0; i--) if (calls[i].call === "Word.run") { current = calls[i].run; break; }
      function record(call, args) { calls.push({ run: current, call: call, args: args || [] }); }
      context.application = {
        createDocument: function (base64) {
          record("application.createDocument", [base64]);
          return { open: function () { record("document.open"); } };
        },
      };
      context.document.contentControls = {
        getByTag: function (tag) {
          record("contentControls.getByTag", [tag]);
          return {
            load: function (properties) { record("contentControls.load", [properties]); return this; },
            get items() {
              return (window.__draftingTags || []).filter(function (t) { return t === tag; }).map(function () {
                return { insertOoxml: function (ooxml, location) { record("contentControl.insertOoxml", [ooxml, location, tag]); } };
              });
            },
          };
        },
      };
      context.document.body.load = function (properties) { record("body.load", [properties]); return this; };
      Object.defineProperty(context.document.body, "text", {
        get: function () { return window.__draftingBodyText || ""; },
      });
      return batch(context);
    });
  };
})();`;

const SETTINGS_KEY = "thethuc.settings.v1";
const PARTY_SETTINGS = {
  profile: "dang-2018",
  superior: "Đảng bộ tỉnh Quảng Nam",
  issuer: "Thị ủy Điện Bàn",
  issuerCode: "TU",
  place: "Điện Bàn",
  type: "ket-luan",
  where: "cursor",
};

const STATE_SETTINGS = {
  profile: "nha-nuoc",
  superior: "UBND tỉnh Lào Cai",
  issuer: "Sở Nội vụ",
  issuerCode: "SNV",
  unitCode: "KS",
  place: "Lào Cai",
  type: "bao-cao",
  where: "cursor",
};

interface OfficeCall {
  readonly run: number;
  readonly call: string;
  readonly args: readonly unknown[];
}

interface OpenOptions {
  /** Runs after the stubs are set up, before the pane's scripts. */
  readonly initScript?: string;
  readonly pane: "new" | "insert";
  readonly settings?: Readonly<Record<string, string>>;
  readonly wordApi?: number;
  readonly bodyText?: string;
  readonly tags?: readonly string[];
  /** Office.context.diagnostics.platform: "OfficeOnline" for Word on the web. */
  readonly platform?: string;
  /** The document open in the stubbed Word: its package and its paragraphs' texts. */
  readonly document?: { readonly ooxml: string; readonly paragraphs: readonly string[] };
}

const pane = paneHarness();
const origin = () => pane.origin();

async function open(options: OpenOptions): Promise<Page> {
  const context = await pane.newContext(
    `window.__officeStubOptions = ${JSON.stringify({ wordApi: options.wordApi ?? 1.4, platform: options.platform })};\n` +
      `window.__draftingTags = ${JSON.stringify(options.tags ?? [])};\n` +
      `window.__draftingBodyText = ${JSON.stringify(options.bodyText ?? "")};\n` +
      (options.document
        ? `window.__officeStubDocument = ${JSON.stringify(options.document)};\n`
        : "") +
      (options.settings
        ? `if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1"); ` +
          `localStorage.setItem(${JSON.stringify(SETTINGS_KEY)}, ${JSON.stringify(JSON.stringify(options.settings))}); }\n`
        : "") +
      (options.initScript ?? ""),
    `${OFFICE_STUB}\n${DRAFTING_STUB}`
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin()}/taskpane.html?pane=${options.pane}`);
  await page.getByRole("tablist").waitFor();
  await page.locator(`#panel-${options.pane} button[type="submit"]`).first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `taskpane-${name}.png`), fullPage: true });
}

async function officeCalls(page: Page): Promise<OfficeCall[]> {
  return page.evaluate(() => (window as unknown as { __officeCalls: OfficeCall[] }).__officeCalls);
}

/**
 * Picks `option` in the dropdown labelled `label`, then waits until the dropdown shows it: the pane may commit the
 * choice after the click returns (seen on a loaded CI machine), and the fields that follow depend on it. A pick that
 * has not shown after two seconds is made again, as a user would: on a loaded CI machine one click on the option was
 * seen not to take at all (the dropdown kept its old type for the whole ten seconds).
 */
async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  const box = page.getByRole("combobox", { name: label });
  const item = page.getByRole("option", { name: option });
  const until = Date.now() + 10_000;
  let shown = "";
  while (Date.now() <= until) {
    if (!(await item.isVisible())) await box.click();
    await item.click();
    const again = Math.min(until, Date.now() + 2_000);
    while (Date.now() <= again) {
      if (option.test((shown = (await box.textContent()) ?? ""))) return;
      await page.waitForTimeout(50);
    }
  }
  throw new Error(`the dropdown shows "${shown}", not ${option}`);
}

function textbox(page: Page, label: RegExp) {
  return page.getByRole("textbox", { name: label });
}

/** The document.xml of a base64 .docx. */
function documentXml(base64: string): string {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, "base64")));
  const xml = files["word/document.xml"];
  if (!xml) throw new Error("the .docx has no word/document.xml");
  return strFromU8(xml);
}

/** The New pane's fields for the seed Kết luận 1301-KL/TU, signed T/M by a deputy secretary. */
async function fillKetLuan(page: Page): Promise<void> {
  await choose(page, /^Loại văn bản/, /^Kết luận/);
  await textbox(page, /^Số(?! lượng)/).fill("1301");
  await textbox(page, /^Ngày ban hành/).fill("18/7/2023");
  await textbox(page, /^Trích yếu/).fill("về công tác cán bộ");
  await page.getByRole("radio", { name: /^T\/M/ }).check();
  await textbox(page, /^Tập thể/).fill("Thị ủy");
  await textbox(page, /^Chức vụ người ký/).fill("Phó Bí thư");
  await textbox(page, /^Họ tên người ký/).fill("Nguyễn Văn A");
  await choose(page, /^Danh sách mẫu/, /^Thị ủy, thành ủy, huyện ủy/);
}

describe("the New pane", () => {
  it("creates a Kết luận (dang-2018) as a new document through createDocument, with a complete .docx", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS });
    expect(await page.getByRole("tab", { name: "Tạo mới" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    await fillKetLuan(page);
    // The seed's issuer line under the tên loại, as the Insert pane's tên loại form has it.
    await textbox(page, /^Dòng cơ quan dưới tên loại/).fill("của Thị ủy (khóa XXI)");
    const preview = page.getByTestId("new-preview");
    await preview.getByText("Số 1301-KL/TU").waitFor();
    await preview.getByText("Điện Bàn, ngày 18 tháng 7 năm 2023").waitFor();
    await preview.getByText("KẾT LUẬN").waitFor();
    await preview.getByText(/T\/M THỊ ỦY/).waitFor();
    await preview.getByText("- Lưu Văn phòng Thị ủy.").waitFor();
    await screenshot(page, "new-ket-luan");

    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page
      .getByText("Word đã mở văn bản mới trong một cửa sổ riêng.", { exact: false })
      .waitFor();
    // Word's promise resolves whether a window opened or not: the same file is offered for download.
    const download = page.getByRole("link", { name: "Tải tệp .docx" });
    expect(await download.getAttribute("href")).toMatch(/^blob:/);
    expect(await download.getAttribute("download")).toBe("ket-luan.docx");
    await screenshot(page, "new-created");

    const calls = await officeCalls(page);
    expect(calls.map((call) => call.call)).toEqual([
      "Word.run",
      "application.createDocument",
      "document.open",
      "sync",
    ]);
    const xml = documentXml(String(calls[1]?.args[0]));
    for (const text of [
      "T/M THỊ ỦY",
      "KẾT LUẬN",
      "CỦA THỊ ỦY (KHÓA XXI)",
      "Nơi nhận:",
      "Số 1301-KL/TU",
      "PHÓ BÍ THƯ",
    ]) {
      expect(xml).toContain(text);
    }
  });

  it("asks who drafts here on first use, and every default follows: profile, type, issuer, place, Nơi nhận", async () => {
    const page = await open({
      pane: "new",
      // A first use: the step's answer forgotten, once (a reload keeps what the step saved).
      initScript: `if (!sessionStorage.getItem("first")) { sessionStorage.setItem("first", "1"); localStorage.removeItem("thethuc.firstRun.v1"); }`,
    });
    const step = page.getByTestId("first-run");
    await step.getByText("Chào mừng đến Thể Thức").waitFor();
    await screenshot(page, "first-run");
    await step.getByRole("button", { name: "Lưu và bắt đầu" }).click();
    await step.getByText("Hãy chọn loại cơ quan.").waitFor();
    await step.getByRole("combobox", { name: /^Bạn soạn văn bản của/ }).click();
    await page.getByRole("option", { name: "Thị ủy, thành ủy, huyện ủy" }).click();
    await step.getByRole("textbox", { name: /^Cơ quan cấp trên/ }).fill("Đảng bộ tỉnh Quảng Nam");
    await step.getByRole("textbox", { name: /^Tên cơ quan ban hành/ }).fill("Thị ủy Điện Bàn");
    await step.getByRole("textbox", { name: /^Ký hiệu cơ quan/ }).fill("TU");
    await step.getByRole("textbox", { name: /^Địa danh/ }).fill("Điện Bàn");
    await step.getByRole("button", { name: "Lưu và bắt đầu" }).click();
    await step.waitFor({ state: "detached" });

    // Tạo mới now opens on a Party Kết luận of Thị ủy Điện Bàn, with the town committee's Nơi nhận list.
    expect(await page.getByRole("combobox", { name: /^Loại văn bản/ }).textContent()).toContain(
      "Kết luận"
    );
    await page.getByTestId("new-preview").getByText("KẾT LUẬN").waitFor();
    const stored = await page.evaluate(() => ({
      settings: JSON.parse(localStorage.getItem("thethuc.settings.v1") ?? "{}"),
      forms: JSON.parse(localStorage.getItem("thethuc.drafting.v1") ?? "{}"),
    }));
    expect(stored.settings).toMatchObject({
      profile: "dang-2018",
      superior: "Đảng bộ tỉnh Quảng Nam",
      issuer: "Thị ủy Điện Bàn",
      issuerCode: "TU",
      place: "Điện Bàn",
      type: "ket-luan",
    });
    expect(stored.forms.closing.recipients).toContain("Thường trực Tỉnh ủy (b/c)");
    expect(stored.forms.new.recipients).toContain("Thường trực Tỉnh ủy (b/c)");
    await screenshot(page, "first-run-done");

    // Answered once: not asked again.
    await page.reload({ waitUntil: "load" });
    await page.getByRole("tablist").waitFor();
    await page.getByRole("combobox", { name: /^Loại văn bản/ }).waitFor();
    expect(await page.getByTestId("first-run").count()).toBe(0);
  });

  it("asks the first-run step in English too, in a State body's words, and its answers reach the header form", async () => {
    const page = await open({
      pane: "insert",
      settings: { language: "en" },
      initScript: `if (!sessionStorage.getItem("first")) { sessionStorage.setItem("first", "1"); localStorage.removeItem("thethuc.firstRun.v1"); }`,
    });
    const step = page.getByTestId("first-run");
    await step.getByText("Welcome to Thể Thức").waitFor();
    await step.getByRole("button", { name: "Save and start" }).click();
    await step.getByText("Choose a kind of body.").waitFor();
    await step.getByRole("combobox", { name: /^You draft documents of/ }).click();
    await page.getByRole("option", { name: "Provincial department" }).click();
    // A State body: its superior is the governing body, its code a State one.
    await step.getByRole("textbox", { name: /^Governing body/ }).fill("UBND tỉnh Lào Cai");
    await step.getByText("For example: UBND, SNNMT").waitFor();
    await step
      .getByRole("textbox", { name: /^Name of the issuing body/ })
      .fill("Sở Nông nghiệp và Môi trường");
    await step.getByRole("textbox", { name: /^Body code/ }).fill("SNNMT");
    await step.getByRole("textbox", { name: /^Place name/ }).fill("Lào Cai");
    await step.getByRole("button", { name: "Save and start" }).click();
    await step.waitFor({ state: "detached" });
    await screenshot(page, "first-run-en-done");
    const settings = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("thethuc.settings.v1") ?? "{}")
    );
    expect(settings).toMatchObject({
      language: "en",
      profile: "nha-nuoc",
      superior: "UBND tỉnh Lào Cai",
      issuer: "Sở Nông nghiệp và Môi trường",
      issuerCode: "SNNMT",
      place: "Lào Cai",
      type: "quyet-dinh",
    });
    // The header form starts from them: the issuer folded to one line, the superior body above it in the preview.
    await page
      .getByText("Sở Nông nghiệp và Môi trường · SNNMT · Lào Cai", { exact: true })
      .waitFor();
    await page.getByText("UBND TỈNH LÀO CAI", { exact: true }).waitFor();
  });

  it("on Word on the web, says where the new document is saved and offers the .docx in case no tab opens", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS, platform: "OfficeOnline" });
    await page
      .getByText("văn bản mới được lưu vào OneDrive hoặc SharePoint", { exact: false })
      .waitFor();
    await fillKetLuan(page);
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText("Word cho web hỏi xác nhận, lưu văn bản mới", { exact: false }).waitFor();
    expect(await page.getByText("Văn bản mới đã mở", { exact: false }).count()).toBe(0);
    const download = page.getByRole("link", { name: "Tải tệp .docx" });
    const bytes = await download.evaluate(async (link) => {
      const response = await fetch((link as HTMLAnchorElement).href);
      return Array.from(new Uint8Array(await response.arrayBuffer()).slice(0, 2));
    });
    // A zip: the same .docx Word was given.
    expect(bytes).toEqual([0x50, 0x4b]);
    await screenshot(page, "new-created-web");
  });

  it("refuses a Party K/T under a cấp ủy, says why under the field, and sends nothing", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS });
    await fillKetLuan(page);
    await page.getByRole("radio", { name: /^K\/T/ }).check();
    await textbox(page, /^Người đứng đầu/).fill("Bí thư");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText("Chưa thực hiện").waitFor();
    await page
      .getByText(/Cấp ủy là tập thể: phó bí thư ký “T\/M <cấp ủy>”/)
      .first()
      .waitFor();
    await screenshot(page, "new-refusal");
    expect(await officeCalls(page)).toEqual([]);
  });

  it("shows the parts a type carries, and only those", async () => {
    const page = await open({ pane: "new", settings: STATE_SETTINGS });
    const has = async (label: RegExp) => (await textbox(page, label).count()) > 0;
    // Number and date blank: a draft, whose round may be named ("DỰ THẢO LẦN 2").
    expect(await has(/^Dự thảo lần/)).toBe(true);
    await choose(page, /^Loại văn bản/, /^Giấy mời/);
    expect([await has(/^Người chủ trì/), await has(/^Thư ký/)]).toEqual([true, false]);
    await choose(page, /^Loại văn bản/, /^Biên bản/);
    expect([await has(/^Người chủ trì/), await has(/^Thư ký/)]).toEqual([true, true]);
    await choose(page, /^Loại văn bản/, /^Quyết định/);
    expect(await has(/^Quyết định ban hành/)).toBe(true);
    expect(await has(/^Quyết định phê duyệt/)).toBe(true);
    expect(await has(/^Ban hành kèm theo quyết định/)).toBe(false);
    expect(await has(/^Thẩm quyền ban hành/)).toBe(true);
    await choose(page, /^Loại văn bản/, /^Kế hoạch/);
    expect(await has(/^Ban hành kèm theo quyết định/)).toBe(true);
    expect(await has(/^Thực hiện văn bản/)).toBe(true);
    expect(await has(/^Quyết định ban hành/)).toBe(false);
    // A text kèm theo a quyết định has no phụ lục, ô 12 or 13 of its own: their fields go.
    await textbox(page, /^Ban hành kèm theo quyết định/).fill("…");
    expect([await has(/^Phụ lục/), await has(/^Ký hiệu người soạn thảo/)]).toEqual([false, false]);
    await screenshot(page, "new-parts-attached");
    // Ô 12, 13 and the electronic form are the State's (RULEBOOK D25, D26).
    expect(await page.getByRole("switch", { name: /^Bản điện tử/ }).count()).toBe(1);
    const party = await open({ pane: "new", settings: PARTY_SETTINGS });
    expect(await party.getByRole("switch", { name: /^Bản điện tử/ }).count()).toBe(0);
    expect(await party.getByRole("textbox", { name: /^Ký hiệu người soạn thảo/ }).count()).toBe(0);
    expect(await party.getByRole("radio", { name: "LƯU HÀNH NỘI BỘ" }).count()).toBe(1);
  });

  it("creates a State công văn with its marks, ô 12, ô 13 and the electronic placeholders", async () => {
    const page = await open({ pane: "new", settings: STATE_SETTINGS });
    await choose(page, /^Loại văn bản/, /^Công văn/);
    await textbox(page, /^Số(?! lượng)/).fill("15");
    await textbox(page, /^Ngày ban hành/).fill("04/11/2026");
    await textbox(page, /^Trích yếu/).fill("triển khai chuyển đổi số");
    // A document with its number and date is no draft: no round to name.
    expect(await textbox(page, /^Dự thảo lần/).count()).toBe(0);
    await textbox(page, /^Kính gửi/).fill("Các sở, ban, ngành");
    await page.getByRole("radio", { name: "MẬT", exact: true }).check();
    await page.getByRole("radio", { name: "HỎA TỐC" }).check();
    // The circulation group by keyboard: focus its first choice, arrow to the next.
    await page
      .getByRole("radiogroup", { name: "Phạm vi lưu hành" })
      .getByRole("radio")
      .first()
      .focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "XEM XONG TRẢ LẠI" }).isChecked()).toBe(true);
    await textbox(page, /^Ký hiệu người soạn thảo/).fill("PL");
    await textbox(page, /^Số lượng bản/).fill("30");
    await textbox(page, /^Địa chỉ, điện thoại/).fill("Số 1 đường Hoàng Liên\nĐT: 0214 3840 000");
    // By keyboard: the switch takes Space, as a checkbox does.
    await page.getByRole("switch", { name: /^Bản điện tử/ }).focus();
    await page.keyboard.press("Space");
    expect(await page.getByRole("switch", { name: /^Bản điện tử/ }).isChecked()).toBe(true);
    await textbox(page, /^Chức vụ người ký/).fill("Giám đốc");
    await textbox(page, /^Họ tên người ký/).fill("Nguyễn Văn An");
    await screenshot(page, "new-marks-electronic");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page
      .getByText("Word đã mở văn bản mới trong một cửa sổ riêng.", { exact: false })
      .waitFor();
    const calls = await officeCalls(page);
    const base64 = String(calls.find((c) => c.call === "application.createDocument")?.args[0]);
    const xml = documentXml(base64);
    // The marks stand in the header table, before the Kính gửi.
    const headerEnd = xml.indexOf("</w:tbl>");
    for (const mark of ["MẬT", "HỎA TỐC", "XEM XONG TRẢ LẠI"]) {
      expect(xml.indexOf(`>${mark}<`)).toBeGreaterThan(0);
      expect(xml.indexOf(`>${mark}<`)).toBeLessThan(headerEnd);
    }
    expect(xml).toContain(">PL.(30)<");
    expect(xml).toMatch(/<v:rect [^>]*strokecolor="#1F4E9E"/);
    expect(xml).toMatch(/<v:oval [^>]*strokecolor="#C00000"/);
    const footer = strFromU8(
      unzipSync(new Uint8Array(Buffer.from(base64, "base64")))["word/footer1.xml"] ??
        new Uint8Array()
    );
    expect(footer).toContain("ĐT: 0214 3840 000");
  });

  it("writes a hợp đồng's other party and the seal's real size as thethuc new does", async () => {
    const page = await open({ pane: "new", settings: STATE_SETTINGS });
    const has = async (label: RegExp) => (await textbox(page, label).count()) > 0;
    await choose(page, /^Loại văn bản/, /^Công văn/);
    // Only a text both parties sign asks for the other party (D34).
    expect(await has(/^Bên B/)).toBe(false);
    await choose(page, /^Loại văn bản/, /^Hợp đồng/);
    expect(await has(/^Đường kính dấu/)).toBe(false);
    await textbox(page, /^Số(?! lượng)/).fill("15");
    await textbox(page, /^Ngày ban hành/).fill("04/11/2026");
    await textbox(page, /^Trích yếu/).fill("Về việc cung cấp dịch vụ chuyển đổi số");
    await textbox(page, /^Bên B \(bên cùng ký\)/).fill("Công ty TNHH Phần mềm Lào Cai");
    await textbox(page, /^Bên B: chức vụ người ký/).fill("Giám đốc");
    await textbox(page, /^Bên B: họ tên người ký/).fill("Trần Thị Bình");
    await page.getByRole("switch", { name: /^Bản điện tử/ }).check();
    // The seal's size is asked once the electronic form is on (D27); out of range is said under the field.
    await textbox(page, /^Đường kính dấu/).fill("420");
    await textbox(page, /^Chức vụ người ký/).fill("Giám đốc");
    await textbox(page, /^Họ tên người ký/).fill("Nguyễn Văn An");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText(/Đường kính dấu “420” phải là số mi-li-mét từ 25 đến 50/).waitFor();
    expect((await officeCalls(page)).some((c) => c.call === "application.createDocument")).toBe(
      false
    );
    await textbox(page, /^Đường kính dấu/).fill("42");
    await screenshot(page, "new-contract");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page
      .getByText("Word đã mở văn bản mới trong một cửa sổ riêng.", { exact: false })
      .waitFor();
    const calls = await officeCalls(page);
    const xml = documentXml(
      String(calls.find((c) => c.call === "application.createDocument")?.args[0])
    );
    for (const text of ["ĐẠI DIỆN BÊN B", "ĐẠI DIỆN BÊN A", "Trần Thị Bình", "Nguyễn Văn An"])
      expect(xml).toContain(text);
    expect(xml).toContain("Bên B: Công ty TNHH Phần mềm Lào Cai");
    // The issuer's seal at 42 mm, the other party's at the default 36 mm.
    expect(xml).toMatch(/<v:oval [^>]*width:119\.1pt;height:119\.1pt/);
    expect(xml).toMatch(/<v:oval [^>]*width:102\.0pt;height:102\.0pt/);

    // The same document as the command line writes from the same fields.
    const dir = tempDir("pane-contract");
    const set = (key: string, value: string) => ["--set", `${key}=${value}`];
    const cli = await thethuc([
      "new",
      "hop-dong",
      ...set("co-quan-cap-tren", "UBND tỉnh Lào Cai"),
      ...set("co-quan", "Sở Nội vụ"),
      ...set("ky-hieu", "SNV"),
      ...set("dia-danh", "Lào Cai"),
      ...set("so", "15"),
      ...set("ngay", "04/11/2026"),
      ...set("trich-yeu", "Về việc cung cấp dịch vụ chuyển đổi số"),
      ...set("ben-b", "Công ty TNHH Phần mềm Lào Cai"),
      ...set("ben-b-chuc-vu", "Giám đốc"),
      ...set("ben-b-nguoi-ky", "Trần Thị Bình"),
      ...set("chuc-vu", "Giám đốc"),
      ...set("nguoi-ky", "Nguyễn Văn An"),
      ...set("dau-duong-kinh", "42"),
      "--ban-dien-tu",
      "-o",
      join(dir, "contract.docx"),
    ]);
    expect(cli.stderr).toBe("");
    const cliXml = documentXml(readFileSync(join(dir, "contract.docx")).toString("base64"));
    expect(xml).toBe(cliXml);
  });

  it("writes the phụ lục alone as a file of their own when asked (phu-luc-rieng)", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS });
    await fillKetLuan(page);
    await textbox(page, /^Phụ lục/).fill("Danh sách cán bộ được điều động");
    await page.getByRole("switch", { name: /^Chỉ ghi phụ lục thành tệp riêng/ }).check();
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page
      .getByText("Word đã mở văn bản mới trong một cửa sổ riêng.", { exact: false })
      .waitFor();
    const calls = await officeCalls(page);
    const xml = documentXml(
      String(calls.find((c) => c.call === "application.createDocument")?.args[0])
    );
    // The annex file names the document it goes with, and carries none of the document's own parts.
    expect(xml).toContain(">Phụ lục I<");
    expect(xml).toMatch(/Danh sách cán bộ được điều động/i);
    // The hyphen of the number is a non-breaking one, so the number never splits.
    expect(xml).toContain("(Kèm theo Kết luận số 1301</w:t><w:noBreakHyphen/>");
    expect(xml).toContain("KL/TU ngày 18 tháng 07 năm 2023 của Thị ủy Điện Bàn)");
    expect(xml).not.toContain("Nơi nhận:");
    expect(xml).not.toContain("T/M THỊ ỦY");
  });

  it("creates a Party trích sao with its copied text, the kind chosen among the three", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS });
    const kind = page.getByRole("radiogroup", { name: "Hình thức sao" });
    // A Kết luận has no copy fields; its phụ lục may go in a file of their own once titles are given.
    expect(await kind.count()).toBe(0);
    expect(await textbox(page, /^Văn bản được sao/).count()).toBe(0);
    const annexOnly = page.getByRole("switch", { name: /^Chỉ ghi phụ lục thành tệp riêng/ });
    expect(await annexOnly.count()).toBe(0);
    await textbox(page, /^Phụ lục/).fill("Danh sách cán bộ");
    expect(await annexOnly.count()).toBe(1);

    await choose(page, /^Loại văn bản/, /^Bản sao/);
    // A copy carries no phụ lục of its own; its kind defaults to sao y bản chính.
    expect(await textbox(page, /^Phụ lục/).count()).toBe(0);
    expect(await annexOnly.count()).toBe(0);
    expect(await kind.getByRole("radio", { name: "Sao y bản chính" }).isChecked()).toBe(true);
    await kind.getByRole("radio", { name: "Trích sao" }).check();
    await textbox(page, /^Văn bản được sao/).fill(
      "KẾT LUẬN CỦA BAN THƯỜNG VỤ THỊ ỦY\n1. Đồng ý điều động đồng chí Trần Văn B."
    );
    await textbox(page, /^Số(?! lượng)/).fill("24");
    await textbox(page, /^Ngày ban hành/).fill("20/7/2023");
    await textbox(page, /^Chức vụ người ký/).fill("Chánh Văn phòng");
    await textbox(page, /^Họ tên người ký/).fill("Lê Văn C");
    await screenshot(page, "new-trich-sao");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page
      .getByText("Word đã mở văn bản mới trong một cửa sổ riêng.", { exact: false })
      .waitFor();
    const calls = await officeCalls(page);
    const xml = documentXml(
      String(calls.find((c) => c.call === "application.createDocument")?.args[0])
    );
    // The copied text first, one paragraph a line, then under the line the copy's kind and number.
    const copied = xml.indexOf(">1. Đồng ý điều động đồng chí Trần Văn B.<");
    expect(xml.indexOf(">KẾT LUẬN CỦA BAN THƯỜNG VỤ THỊ ỦY<")).toBeGreaterThan(0);
    expect(copied).toBeGreaterThan(xml.indexOf(">KẾT LUẬN CỦA BAN THƯỜNG VỤ THỊ ỦY<"));
    expect(xml.indexOf("TRÍCH SAO")).toBeGreaterThan(copied);
    expect(xml).not.toContain("SAO Y BẢN CHÍNH");
    expect(xml).not.toContain("phần văn bản được trích sao");
    expect(xml).toContain("Số 24-BS/TU");
    expect(xml).toContain("Lê Văn C");
    // The State's copies are types of their own: no kind to choose.
    const state = await open({ pane: "new", settings: STATE_SETTINGS });
    await choose(state, /^Loại văn bản/, /^Bản sao lục/);
    expect(await state.getByRole("radiogroup", { name: "Hình thức sao" }).count()).toBe(0);
    expect(await state.getByRole("textbox", { name: /^Văn bản được sao/ }).count()).toBe(1);
  });

  it("without WordApi 1.3 fills the empty document, and refuses one that has text", async () => {
    const page = await open({ pane: "new", settings: PARTY_SETTINGS, wordApi: 1.2 });
    await page.getByText(/Word này không mở được văn bản mới/).waitFor();
    await fillKetLuan(page);
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText(/Đã điền vào văn bản trống đang mở/).waitFor();
    let calls = await officeCalls(page);
    expect(calls.map((call) => call.call)).toEqual([
      "Word.run",
      "body.load",
      "sync",
      "body.insertOoxml",
      "sync",
    ]);
    expect(String(calls[3]?.args[0])).toContain("thethuc:closing");
    await screenshot(page, "new-filled");

    await page.evaluate(() => {
      (window as unknown as { __draftingBodyText: string }).__draftingBodyText = "Nội dung cũ";
    });
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText("Văn bản hiện tại không trống; mở một văn bản mới rồi thử lại").waitFor();
    calls = await officeCalls(page);
    expect(calls.filter((call) => call.call.endsWith("insertOoxml"))).toHaveLength(1);
  });

  it("without WordApi 1.3 leaves ô 13 out of the body and says so in one line", async () => {
    const page = await open({ pane: "new", settings: STATE_SETTINGS, wordApi: 1.2 });
    await choose(page, /^Loại văn bản/, /^Công văn/);
    await textbox(page, /^Địa chỉ, điện thoại/).fill("Số 1 đường Hoàng Liên\nĐT: 0214 3840 000");
    await page.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByText(/Đã điền vào văn bản trống đang mở/).waitFor();
    // One line under the success: what was left out, where the decree puts it, why this Word cannot.
    await page
      .getByText(
        /Chưa ghi địa chỉ liên hệ \(ô 13\): Nghị định 30 đặt ở đầu trang, chân trang riêng của trang 1, .*“Trang đầu khác”/
      )
      .waitFor();
    await screenshot(page, "new-filled-left-out");
    const inserts = (await officeCalls(page)).filter((c) => c.call.endsWith("insertOoxml"));
    expect(inserts).toHaveLength(1);
    expect(String(inserts[0]?.args[0])).toContain("thethuc:closing");
    expect(String(inserts[0]?.args[0])).not.toContain("0214 3840 000");
  });

  it("speaks English when asked", async () => {
    const page = await open({ pane: "new", settings: { ...PARTY_SETTINGS, language: "en" } });
    await page.getByRole("button", { name: "Create document" }).waitFor();
    await page.getByText("Signing authority").waitFor();
    await screenshot(page, "new-english");
  });
});

/** Picks a block in the Insert pane's "Khối cần chèn" dropdown. */
async function pickBlock(page: Page, block: RegExp): Promise<void> {
  await choose(page, /^Khối cần chèn/, block);
}

async function insertAndCheck(
  page: Page,
  tag: string,
  screenshotName: string,
  exists = false
): Promise<string> {
  await page.locator("form[data-block] button[type='submit']").click();
  if (exists) {
    // One is already in the document: said first; the test inserts another anyway.
    await page
      .getByTestId("existing-prompt")
      .getByRole("button", { name: "Vẫn chèn thêm" })
      .click();
  }
  await page.getByText("Khối đã được chèn tại con trỏ.").waitFor();
  await screenshot(page, screenshotName);
  const calls = await officeCalls(page);
  const inserts = calls.filter((call) => call.call.endsWith("insertOoxml"));
  expect(inserts).toHaveLength(1);
  const ooxml = String(inserts[0]?.args[0]);
  expect(ooxml).toContain(`<w:tag w:val="thethuc:${tag}"/>`);
  // A look for one already there (a read-only Word.run), then the insert: each run at most two syncs.
  const runs = new Set(calls.map((call) => call.run));
  expect(runs.size).toBeLessThanOrEqual(2);
  for (const run of runs)
    expect(
      calls.filter((call) => call.run === run && call.call === "sync").length
    ).toBeLessThanOrEqual(2);
  return ooxml;
}

describe("the Insert pane's block forms", () => {
  it("inserts tên loại and trích yếu with the Party issuer line", async () => {
    const page = await open({ pane: "insert", settings: PARTY_SETTINGS });
    await pickBlock(page, /^Tên loại và trích yếu/);
    await textbox(page, /^Trích yếu/).fill("về công tác cán bộ");
    await textbox(page, /^Dòng cơ quan/).fill("của Thị ủy (khóa XXI)");
    await page.getByTestId("block-preview").getByText("KẾT LUẬN").waitFor();
    const ooxml = await insertAndCheck(page, "title", "insert-title");
    expect(ooxml).toContain("CỦA THỊ ỦY (KHÓA XXI)");
  });

  it("inserts Kính gửi, and says why when it is empty", async () => {
    const page = await open({
      pane: "insert",
      settings: { ...PARTY_SETTINGS, profile: "nha-nuoc" },
    });
    await pickBlock(page, /^Kính gửi/);
    await page.locator("form[data-block] button[type='submit']").click();
    await page.getByText("Cần ít nhất một nơi nhận sau “Kính gửi”").waitFor();
    await screenshot(page, "insert-kinh-gui-invalid");
    expect(await officeCalls(page)).toEqual([]);
    await textbox(page, /^Kính gửi/).fill("Sở Tài chính\nSở Nội vụ");
    const ooxml = await insertAndCheck(page, "kinh-gui", "insert-kinh-gui");
    expect(ooxml).toContain("- Sở Nội vụ.");
  });

  it("inserts căn cứ lines", async () => {
    const page = await open({
      pane: "insert",
      settings: { ...PARTY_SETTINGS, profile: "nha-nuoc" },
    });
    await pickBlock(page, /^Căn cứ/);
    await textbox(page, /^Căn cứ/).fill(
      "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    );
    await textbox(page, /^Theo đề nghị của/).fill("Giám đốc Sở Nội vụ");
    const ooxml = await insertAndCheck(page, "basis", "insert-basis");
    expect(ooxml).toContain("Theo đề nghị của Giám đốc Sở Nội vụ.");
  });

  it("inserts the skeleton of a kế hoạch in the Party outline style", async () => {
    const page = await open({ pane: "insert", settings: PARTY_SETTINGS });
    await pickBlock(page, /^Khung nội dung/);
    await choose(page, /^Loại văn bản/, /^Kế hoạch/);
    await page.getByRole("radio", { name: /^I- / }).check();
    const ooxml = await insertAndCheck(page, "skeleton", "insert-skeleton");
    expect(ooxml).toContain("I- MỤC ĐÍCH, YÊU CẦU");
  });

  it("inserts Nơi nhận and signature, refuses a Party K/T first, then updates the inserted blocks", async () => {
    const page = await open({
      pane: "insert",
      settings: PARTY_SETTINGS,
      tags: ["thethuc:header", "thethuc:closing"],
    });
    await pickBlock(page, /^Nơi nhận và chữ ký/);
    await choose(page, /^Danh sách mẫu/, /^Thị ủy, thành ủy, huyện ủy/);
    await page.getByRole("button", { name: /Thêm \(p\/h\)/ }).click();
    await page.getByRole("radio", { name: /^K\/T/ }).check();
    await textbox(page, /^Tập thể/).fill("Thị ủy");
    await textbox(page, /^Người đứng đầu/).fill("Bí thư");
    await textbox(page, /^Chức vụ người ký/).fill("Phó Bí thư");
    await textbox(page, /^Họ tên người ký/).fill("Nguyễn Văn A");
    await page.locator("form[data-block] button[type='submit']").click();
    await page
      .getByText(/Cấp ủy là tập thể/)
      .first()
      .waitFor();
    await screenshot(page, "insert-closing-refusal");
    expect(await officeCalls(page)).toEqual([]);

    await page.getByRole("radio", { name: /^T\/M/ }).check();
    const ooxml = await insertAndCheck(page, "closing", "insert-closing", true);
    for (const text of [
      "Nơi nhận:",
      "T/M THỊ ỦY",
      "PHÓ BÍ THƯ",
      "Ban Chấp hành (p/h),",
      "- Lưu Văn phòng Thị ủy.",
    ]) {
      expect(ooxml).toContain(text);
    }

    await page.getByRole("button", { name: "Cập nhật khối" }).click();
    await page.getByText("Đã cập nhật 2 khối.").waitFor();
    // Run 1 looked for a Nơi nhận already there, run 2 inserted, run 3 updates.
    const calls = (await officeCalls(page)).filter((call) => call.run === 3);
    expect(calls.map((call) => call.call)).toEqual([
      "Word.run",
      "contentControls.getByTag",
      "contentControls.load",
      "contentControls.getByTag",
      "contentControls.load",
      "sync",
      "contentControl.insertOoxml",
      "contentControl.insertOoxml",
      "sync",
    ]);
  });

  it("inserts a State closing in the electronic form: the signature and seal placeholders", async () => {
    const page = await open({
      pane: "insert",
      settings: { ...STATE_SETTINGS, type: "quyet-dinh" },
    });
    await pickBlock(page, /^Nơi nhận và chữ ký/);
    await textbox(page, /^Chức vụ người ký/).fill("Phó Giám đốc");
    await textbox(page, /^Họ tên người ký/).fill("Nguyễn Văn An");
    expect(await textbox(page, /^Đường kính dấu/).count()).toBe(0);
    // By keyboard, as in the New pane: the switch takes Space.
    await page.getByRole("switch", { name: /^Bản điện tử/ }).focus();
    await page.keyboard.press("Space");
    await textbox(page, /^Đường kính dấu/).fill("38");
    const ooxml = await insertAndCheck(page, "closing", "insert-closing-electronic");
    expect(ooxml).toContain("KT. GIÁM ĐỐC");
    expect(ooxml).toMatch(/<v:rect [^>]*width:113\.4pt;height:45\.4pt[^>]*strokecolor="#1F4E9E"/);
    expect(ooxml).toMatch(/<v:oval [^>]*width:107\.7pt;height:107\.7pt[^>]*strokecolor="#C00000"/);
    // Under a Party profile the switch is not offered (RULEBOOK D25).
    const party = await open({ pane: "insert", settings: PARTY_SETTINGS });
    await pickBlock(party, /^Nơi nhận và chữ ký/);
    expect(await party.getByRole("switch", { name: /^Bản điện tử/ }).count()).toBe(0);
  });

  it("inserts dấu mật and khẩn", async () => {
    const page = await open({
      pane: "insert",
      settings: { ...PARTY_SETTINGS, profile: "nha-nuoc" },
    });
    await pickBlock(page, /^Dấu mật, khẩn/);
    await page.getByRole("radio", { name: "MẬT", exact: true }).check();
    await page.getByRole("radio", { name: "HỎA TỐC" }).check();
    // The phạm vi lưu hành (ô 11) is offered with them [PL1 III.2c].
    await page.getByRole("radio", { name: "XEM XONG TRẢ LẠI" }).check();
    // The preview shows the stamps' frames: two lines round MẬT (D38), one round HỎA TỐC and the lưu hành [PL1 III.2].
    const preview = page.getByTestId("block-preview");
    await preview.locator('[data-frame="double"]', { hasText: "MẬT" }).waitFor();
    expect(await preview.locator('[data-frame="single"]').allTextContents()).toEqual([
      "HỎA TỐC",
      "XEM XONG TRẢ LẠI",
    ]);
    const ooxml = await insertAndCheck(page, "marks", "insert-marks");
    expect(ooxml.indexOf("MẬT")).toBeLessThan(ooxml.indexOf("HỎA TỐC"));
    expect(ooxml.indexOf("HỎA TỐC")).toBeLessThan(ooxml.indexOf("XEM XONG TRẢ LẠI"));
    // What goes into Word is the framed stamp `thethuc new` writes: a double border, 13 pt bold.
    const stamp = ooxml.slice(
      ooxml.lastIndexOf("<w:p>", ooxml.indexOf(">MẬT<")),
      ooxml.indexOf(">MẬT<")
    );
    expect(stamp).toContain('<w:top w:val="double" w:sz="6" w:space="1" w:color="000000"/>');
    expect(stamp).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
  });
});

describe("renumbering", () => {
  it("shows the outline numbers out of sequence and fixes them through applyFixes", async () => {
    const texts = ["I. MỤC ĐÍCH", "1. Nội dung", "3. Nội dung", "III. TỔ CHỨC THỰC HIỆN"];
    const block: Block = {
      name: "skeleton",
      title: "Thể Thức: khung nội dung",
      font: "Times New Roman",
      content: texts.map((text): ParagraphSpec => ({
        kind: "paragraph",
        role: "body",
        align: "both",
        runs: [{ text, sizePt: 14 }],
      })),
    };
    const page = await open({
      pane: "insert",
      settings: PARTY_SETTINGS,
      // Word lists the document's own last, empty paragraph too: the alignment absorbs it.
      document: { ooxml: flatOpcPackage([block]), paragraphs: [...texts, ""] },
    });
    await page.getByRole("button", { name: "Đánh số lại" }).click();
    const list = page.getByTestId("renumber-list");
    await list.getByText("2. Nội dung").waitFor();
    await list.getByText("II. TỔ CHỨC THỰC HIỆN").waitFor();
    await screenshot(page, "insert-renumber");
    await page.getByRole("button", { name: "Sửa 2 số" }).click();
    await page.getByText("Đã sửa 2 số; bỏ qua 0.").waitFor();
    const edits = (await officeCalls(page)).filter((call) => call.call === "range.insertText");
    expect(edits.map((call) => call.args[3])).toEqual(expect.arrayContaining(["2", "II"]));
  });
});
