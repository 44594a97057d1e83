import { displayName } from './display-names';

/**
 * A marketplace as a seller names it: its country in the UI language ("Germany", "Deutschland",
 * "ドイツ"; the unified European Seller Central is the European Union), or the code itself when
 * the browser has no name for it (a code a newer version stored).
 */
export function marketplaceName(code: string, language: string): string {
  return displayName(code, language, 'region');
}
