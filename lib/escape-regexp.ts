/**
 * Text as a pattern that matches only itself, with or without the `u` flag: the syntax characters
 * and `/` are escaped, and `-` is not (outside a class `\-` is an error under `u`).
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
