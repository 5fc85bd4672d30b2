// The document host the panes act on, passed down through React context.

import { type ReactNode, createContext, useContext, useMemo } from "react";
import type { DocumentHost } from "../host/document-host";
import { outsideWordHost } from "./outside-word-host";

interface HostContextValue {
  readonly host: DocumentHost;
  /** False when the pane runs outside Word and `host` can only refuse. */
  readonly inWord: boolean;
}

const HostContext = createContext<HostContextValue>({ host: outsideWordHost(), inWord: false });

export interface HostProviderProps {
  readonly host: DocumentHost;
  readonly inWord: boolean;
  readonly children: ReactNode;
}

/** Gives the panes below it `host`. */
export function HostProvider({ host, inWord, children }: HostProviderProps) {
  const value = useMemo(() => ({ host, inWord }), [host, inWord]);
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

/** The document host of the nearest HostProvider; outside one, a host that is not in Word. */
export function useHost(): DocumentHost {
  return useContext(HostContext).host;
}

/** Whether the pane runs inside Word, so it can say so instead of failing on insert. */
export function useInWord(): boolean {
  return useContext(HostContext).inWord;
}
