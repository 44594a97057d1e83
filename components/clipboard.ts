/** Copies text; false when the browser refuses (no focus, policy), so the caller can say so. DOM-only. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
