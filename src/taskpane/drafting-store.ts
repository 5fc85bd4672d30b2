// The drafting forms' last values, remembered per user in localStorage under a versioned key, as settings are.

import { useCallback, useEffect, useState } from "react";
import { globalStorage } from "./local-storage";

/** Bump the version when a form's shape changes so that old values cannot be read as new ones. */
export const DRAFTING_KEY = "thethuc.drafting.v1";

/** A form's remembered values: text fields and lists of lines only, so anything stored can be checked against them. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

type Stored = Readonly<Record<string, unknown>>;

function readAll(storage: Pick<Storage, "getItem"> | undefined): Stored {
  try {
    const raw = storage?.getItem(DRAFTING_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Stored)
      : {};
  } catch {
    return {};
  }
}

/** `defaults` with each field the store holds in the same shape (text for text, a list of texts for a list). */
export function formFrom<T extends FormValues>(stored: unknown, defaults: T): T {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return defaults;
  const value = stored as Stored;
  const result: Record<string, string | readonly string[]> = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const candidate = value[key];
    if (typeof fallback === "string" && typeof candidate === "string") result[key] = candidate;
    else if (
      Array.isArray(fallback) &&
      Array.isArray(candidate) &&
      candidate.every((item) => typeof item === "string")
    )
      result[key] = candidate as string[];
  }
  return result as T;
}

/** The form's remembered values, or `defaults` when nothing is stored, the JSON is corrupt or storage is blocked. */
export function loadForm<T extends FormValues>(
  name: string,
  defaults: T,
  storage: Pick<Storage, "getItem"> | undefined = globalStorage()
): T {
  return formFrom(readAll(storage)[name], defaults);
}

/** Remembers the form's values; false when storage refused them, which only costs remembering. */
export function saveForm(
  name: string,
  values: FormValues,
  storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalStorage()
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(DRAFTING_KEY, JSON.stringify({ ...readAll(storage), [name]: values }));
    return true;
  } catch {
    return false;
  }
}

/** A form's values, loaded once and remembered on every change. */
export function useRememberedForm<T extends FormValues>(
  name: string,
  defaults: T
): [T, (patch: Partial<T>) => void] {
  const [values, setValues] = useState<T>(() => loadForm(name, defaults));
  useEffect(() => {
    saveForm(name, values);
  }, [name, values]);
  const change = useCallback((patch: Partial<T>) => {
    setValues((current) => ({ ...current, ...patch }));
  }, []);
  return [values, change];
}
