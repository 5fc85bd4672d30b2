// The Word adapter's call sequences, against a recording fake of the Office.js globals it uses.

import type { Block } from "../../src/blocks/block";
import { headerBlock } from "../../src/blocks/header-block";
import { HostError } from "../../src/host/document-host";
import { type OfficeGlobals, type WordContext, createWordHost } from "../../src/host/word";

/** One recorded call: its name and the arguments that matter (the package's length stands in for the package). */
type Call = readonly [name: string, ...args: string[]];

interface FakeOptions {
  /** Highest WordApi version the fake supports, as "1.x". */
  readonly wordApi?: string;
  /** What the first sync() throws. */
  readonly syncError?: unknown;
  /** What Word.run throws before running the batch. */
  readonly runError?: unknown;
}

interface Fake {
  readonly globals: OfficeGlobals;
  readonly calls: Call[];
  readonly packages: string[];
}

function minor(version: string): number {
  return Number(version.split(".")[1] ?? Number.NaN);
}

function fakeOffice(options: FakeOptions = {}): Fake {
  const calls: Call[] = [];
  const packages: string[] = [];
  const context: WordContext = {
    document: {
      body: {
        insertOoxml(ooxml, location) {
          calls.push(["body.insertOoxml", location]);
          packages.push(ooxml);
          return {};
        },
      },
      getSelection() {
        calls.push(["document.getSelection"]);
        return {
          insertOoxml(ooxml, location) {
            calls.push(["selection.insertOoxml", location]);
            packages.push(ooxml);
            return {};
          },
        };
      },
    },
    async sync() {
      calls.push(["sync"]);
      if (options.syncError !== undefined) throw options.syncError;
    },
  };
  const globals: OfficeGlobals = {
    Word: {
      async run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
        calls.push(["Word.run"]);
        if (options.runError !== undefined) throw options.runError;
        return batch(context);
      },
    },
    Office: {
      context: {
        requirements: {
          // Office.js also takes the version as a number (1.3); word.ts passes strings.
          isSetSupported(name: string, version?: string | number): boolean {
            const asked = String(version ?? "1.1");
            calls.push(["isSetSupported", name, asked]);
            return name === "WordApi" && minor(asked) <= minor(options.wordApi ?? "1.1");
          },
        },
      },
    },
  };
  return { globals, calls, packages };
}

function header(): Block {
  const result = headerBlock({
    profile: "dang-2018",
    type: "ket-luan",
    superior: "Đảng bộ tỉnh Quảng Nam",
    issuer: "Thị ủy Điện Bàn",
    issuerCode: "TU",
    number: "1301",
    place: "Điện Bàn",
    date: "18/7/2023",
  });
  if (!result.ok) throw new Error(`header refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the host to fail");
}

describe("insertBlocks", () => {
  it("at the start: one Word.run, body.insertOoxml(…, 'Start'), then one sync", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header()], "start");

    expect(fake.calls).toEqual([["Word.run"], ["body.insertOoxml", "Start"], ["sync"]]);
    expect(fake.packages).toHaveLength(1);
    expect(fake.packages[0]).toContain("<pkg:package");
    expect(fake.packages[0]).toContain("Số 1301-KL/TU");
  });

  it("at the cursor: after the selection, which is never replaced", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header()], "cursor");

    expect(fake.calls).toEqual([
      ["Word.run"],
      ["document.getSelection"],
      ["selection.insertOoxml", "After"],
      ["sync"],
    ]);
    expect(fake.calls.flat()).not.toContain("Replace");
  });

  it("puts several blocks in one package, one Word.run and at most two syncs", async () => {
    const fake = fakeOffice();
    await createWordHost(fake.globals).insertBlocks([header(), header()], "start");

    expect(fake.calls.filter(([name]) => name === "Word.run")).toHaveLength(1);
    expect(fake.calls.filter(([name]) => name.endsWith("insertOoxml"))).toHaveLength(1);
    expect(fake.calls.filter(([name]) => name === "sync").length).toBeLessThanOrEqual(2);
    expect(fake.packages[0]?.match(/thethuc:header/g)).toHaveLength(2);
  });

  it("turns an Office error into a HostError with a one-line reason, keeping the error as its cause", async () => {
    const officeError = Object.assign(
      new Error("The requested operation failed.\r\nDebug info: InsertOoxml, line 3"),
      { code: "GeneralException" }
    );
    const fake = fakeOffice({ syncError: officeError });
    const error = await failure(createWordHost(fake.globals).insertBlocks([header()], "start"));

    expect(error.reason).toBe("Word không chèn được khối: The requested operation failed.");
    expect(error.reason).not.toMatch(/[\r\n]/);
    expect(error.cause).toBe(officeError);
  });

  it("names the Office error code when the message is blank, and survives a thrown string", async () => {
    const blank = Object.assign(new Error("\n"), { code: "AccessDenied" });
    const first = await failure(
      createWordHost(fakeOffice({ syncError: blank }).globals).insertBlocks([header()], "cursor")
    );
    expect(first.reason).toBe("Word không chèn được khối: AccessDenied");

    const second = await failure(
      createWordHost(fakeOffice({ runError: "RichApi.Error: not ready" }).globals).insertBlocks(
        [header()],
        "start"
      )
    );
    expect(second.reason).toBe("Word không chèn được khối: RichApi.Error: not ready");
  });
});

describe("capabilities", () => {
  it.each([
    ["1.1", "1.1", false],
    ["1.2", "1.2", false],
    ["1.3", "1.3", true],
    ["1.5", "1.5", true],
    ["1.9", "1.9", true],
  ])(
    "with WordApi %s supported: wordApi %s, createDocument %s",
    (supported, wordApi, createDocument) => {
      const fake = fakeOffice({ wordApi: supported });
      expect(createWordHost(fake.globals).capabilities()).toEqual({ wordApi, createDocument });
      // Asks about WordApi only, and never calls into Word.
      expect(
        fake.calls.every(([name, set]) => name === "isSetSupported" && set === "WordApi")
      ).toBe(true);
    }
  );

  it("reports 1.1 when the host answers no to every version", () => {
    const fake = fakeOffice({ wordApi: "1.0" });
    expect(createWordHost(fake.globals).capabilities()).toEqual({
      wordApi: "1.1",
      createDocument: false,
    });
  });
});
