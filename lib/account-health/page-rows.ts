/**
 * What the content script finds on Account Health and Performance Notifications
 * (page-rows.dom.ts) and sends the worker, which reads it (row-cells.ts) and keeps it
 * (policy-history.ts, performance-notices.ts). Types only: the protocol names them without
 * loading the reader.
 */

/**
 * A row around a candidate: the count or date as written, and the row's other cells, each as its
 * parts' texts ("Non lu" | "Votre offre …").
 */
export interface RowShown {
  readonly anchor: string;
  readonly cells: readonly (readonly string[])[];
}

/** Rows grouped by the element that holds them: the page's list is one of these. */
export type ListsShown = readonly (readonly RowShown[])[];
