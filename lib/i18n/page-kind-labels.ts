import { PAGE_KINDS, type PageKind } from '@/lib/pages';
import type { MessageKey } from './translate';

/** 'performance-notifications' -> 'performanceNotifications': messages.json keys cannot hold hyphens. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type PageKindLabelKey = `pageKind_${CamelCase<PageKind>}`;

/**
 * A page kind's label is the message `pageKind_<kindInCamelCase>`, by convention, so a new page
 * kind needs no line here: its label in messages.json is all. A kind without one fails to compile
 * here (and the locale test names it).
 */
const everyLabelIsAMessage: PageKindLabelKey extends MessageKey ? true : never = true;
void everyLabelIsAMessage;

function labelKeyOf(kind: PageKind): MessageKey {
  const camel = kind.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `pageKind_${camel}` as PageKindLabelKey;
}

export const PAGE_KIND_LABEL: Readonly<Record<PageKind, MessageKey>> = Object.fromEntries(
  PAGE_KINDS.map((kind) => [kind, labelKeyOf(kind)]),
) as Record<PageKind, MessageKey>;
