/**
 * Keys written more than once in a backup file's `data` object. JSON.parse keeps only the last
 * copy of a repeated key, so a file with two copies of one case (hand-joined backups, a tool
 * that appends) would silently take the last one even when an earlier copy is newer. This scans
 * the text once, without building values, and parses only the repeated keys' copies, so the
 * preview can resolve them by their time stamps like every other merge and list them.
 */

/** The index just past the JSON string starting at `start` (a `"`). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i += 2; // backslash: skip the escaped character
    else if (c === 34) return i + 1;
    else i += 1;
  }
  return i;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** The index just past the JSON value starting at `start`. */
function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipString(text, start);
  if (first !== '{' && first !== '[') {
    let i = start;
    while (i < text.length && !',}] \n\r\t'.includes(text[i] as string)) i += 1;
    return i;
  }
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return i;
}

/** Each member of the object starting at `start`: its key and the span of its value. */
function* members(text: string, start: number): Generator<{ key: string; from: number; to: number }> {
  let i = skipSpace(text, start + 1);
  while (i < text.length && text[i] === '"') {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const from = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    const to = skipValue(text, from);
    yield { key, from, to };
    i = skipSpace(text, to);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
}

/**
 * Every key that appears more than once in the top-level `data` object, with all its copies in
 * file order. Empty for a well-formed file (the usual case) or text that is not such an object.
 * Call it on text JSON.parse accepted.
 */
export function repeatedDataKeys(text: string): Map<string, unknown[]> {
  const repeated = new Map<string, unknown[]>();
  const body = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text[body] !== '{') return repeated;
  for (const top of members(text, body)) {
    if (top.key !== 'data' || text[top.from] !== '{') continue;
    const spans = new Map<string, Array<[number, number]>>();
    for (const { key, from, to } of members(text, top.from)) spans.set(key, [...(spans.get(key) ?? []), [from, to]]);
    for (const [key, copies] of spans) {
      if (copies.length > 1)
        repeated.set(
          key,
          copies.map(([from, to]) => JSON.parse(text.slice(from, to)) as unknown),
        );
    }
  }
  return repeated;
}
