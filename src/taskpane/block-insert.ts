// Putting one block into Word from a form: invalid input never reaches Word, a second header, Kính gửi or Nơi nhận
// is asked about first (replace the one Thể Thức inserted, insert anyway, or cancel), and the form says what became
// of the insert. Shared by the header form and every block form.

import { useState } from "react";
import type { Block, BuildResult } from "../blocks/block";
import { failureReason, type InsertWhere } from "../host/document-host";
import { findExisting, type ExistingPart } from "./existing-parts";
import { useHost } from "./host-context";
import type { Language } from "./i18n";

export type InsertStatus =
  | { readonly kind: "inserted"; readonly where: InsertWhere }
  | { readonly kind: "replaced"; readonly count: number }
  | { readonly kind: "failed"; readonly reason: string }
  | { readonly kind: "invalid" };

export interface BlockInsertOptions {
  readonly language: Language;
  /** Clear what the last action said as soon as the next one starts (the header form); else it stays until replaced. */
  readonly clearStatusOnStart?: boolean;
}

export interface BlockInsert {
  readonly busy: boolean;
  readonly status: InsertStatus | null;
  readonly setStatus: (status: InsertStatus | null) => void;
  /** The part already in the document that the user is being asked about. */
  readonly existing: ExistingPart | null;
  /** Inserts the block, or asks about the existing part first; false when the input is invalid. */
  readonly insert: () => boolean;
  readonly insertAnyway: () => Promise<void>;
  readonly replace: () => Promise<void>;
  readonly cancel: () => void;
}

export function useBlockInsert(
  result: BuildResult<Block>,
  where: InsertWhere,
  { language, clearStatusOnStart = false }: BlockInsertOptions
): BlockInsert {
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<InsertStatus | null>(null);
  const [existing, setExisting] = useState<ExistingPart | null>(null);

  /** Runs one Word action with the form busy; a failure is said under the button. */
  async function busyWith(work: () => Promise<void>) {
    setBusy(true);
    if (clearStatusOnStart) setStatus(null);
    try {
      await work();
    } catch (error) {
      setStatus({ kind: "failed", reason: failureReason(error, language) });
    } finally {
      setBusy(false);
    }
  }

  function insert(): boolean {
    setExisting(null);
    if (!result.ok) {
      setStatus({ kind: "invalid" });
      return false;
    }
    const value = result.value;
    void busyWith(async () => {
      const found = await findExisting(host, value.name);
      if (found) setExisting(found);
      else {
        await host.insertBlocks([value], where);
        setStatus({ kind: "inserted", where });
      }
    });
    return true;
  }

  const insertAnyway = () =>
    busyWith(async () => {
      if (!result.ok) return;
      setExisting(null);
      await host.insertBlocks([result.value], where);
      setStatus({ kind: "inserted", where });
    });

  const replace = () =>
    busyWith(async () => {
      if (!result.ok) return;
      setExisting(null);
      setStatus({ kind: "replaced", count: await host.updateBlocks([result.value]) });
    });

  return {
    busy,
    status,
    setStatus,
    existing,
    insert,
    insertAnyway,
    replace,
    cancel: () => setExisting(null),
  };
}
