/**
 * What the content script reads off Account Health and Performance Notifications
 * (page-rows.dom.ts) and sends the worker, which keeps it (policy-history.ts,
 * performance-notices.ts). Types only: the protocol names them without loading the reader.
 */

/** A policy as Account Health lists it, with the count of violations against it. */
export interface PolicyRowShown {
  readonly name: string;
  readonly count: number;
}

/**
 * A notification as Performance Notifications lists it: its date as written, and the cells of
 * its row beside the date, each as its parts' texts; the worker finds the title among them
 * (notice-title.ts).
 */
export interface NoticeRowShown {
  readonly shown: string;
  readonly cells: readonly (readonly string[])[];
}
