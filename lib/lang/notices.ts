/**
 * Every language's notice lexicon, for the build (wxt.config.ts writes each to
 * `lexicons/<code>.json`, so none ships in a content script) and for tests and tools. Loaded by
 * language code: the build config and the accuracy tools run in Node, where Vite's
 * `import.meta.glob` does not exist, while a dynamic import works in Node, Vite and the config
 * loader alike. Imports are relative: wxt.config.ts has no `@/` alias.
 */
import { SELLER_CENTRAL_LANGUAGES, type SellerCentralLanguage } from './languages';
import type { NoticeLexicon } from './notice-types';

export type NoticeLexicons = Readonly<Record<SellerCentralLanguage, NoticeLexicon>>;

export async function loadNoticeLexicons(): Promise<NoticeLexicons> {
  const loaded = await Promise.all(
    SELLER_CENTRAL_LANGUAGES.map(async (language) => {
      const module: { readonly notices?: NoticeLexicon } = await import(`./${language}/notices.ts`);
      if (!module.notices) throw new Error(`lib/lang/${language}/notices.ts exports no notices`);
      return [language, module.notices] as const;
    }),
  );
  return Object.fromEntries(loaded) as Record<SellerCentralLanguage, NoticeLexicon>;
}
