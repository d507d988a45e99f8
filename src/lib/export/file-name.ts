// File names for exports: influence-atlas[-focus]-YYYY-MM-DD.ext, safe on every file system.
import { isoDate } from './caption';

/** Letters that Unicode does not decompose into a base letter plus accent. */
const FOLDS: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};

const MAX_SLUG = 60;

/** The download name for an export of the current view, focused on a node or not. */
export function exportFileName(opts: { focus: string | null; date: Date; ext: 'png' | 'svg' | 'pdf' | 'json' | 'csv' | 'gexf' | 'graphml' | 'bib' }): string {
  const slug = opts.focus === null ? '' : slugify(opts.focus);
  return ['influence-atlas', slug, isoDate(opts.date)].filter(Boolean).join('-') + `.${opts.ext}`;
}

/** Lowercase ASCII words joined by single hyphens: "Władysław Gomułka" → "wladyslaw-gomulka". */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, (char) => FOLDS[char] ?? char)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}
