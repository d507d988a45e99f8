// The decades of the small-multiples poster (poster.ts), apart so the Export menu can name them
// without loading the poster's code on the first page.

/** The poster's decades, 1910s … 1980s, as inclusive year windows. */
export const DECADES: readonly { from: number; to: number }[] = Array.from({ length: 8 }, (_, i) => ({ from: 1910 + 10 * i, to: 1919 + 10 * i }));

/** "1910s" for the window 1910–1919. */
export function decadeName(window: { from: number }): string {
  return `${window.from}s`;
}
