import Papa from 'papaparse';
import { categoryId, POLICE_UK_CATEGORIES } from './categories';
import type { HarmScheme, HarmWeight } from './harmSchemes';

/** A scheme file that cannot be used; names the file and, where it applies, the row and column. */
export class SchemeError extends Error {}

function checkWeight(value: unknown, where: string): number {
  const w = typeof value === 'number' ? value : Number(String(value ?? '').replace(/,/g, ''));
  if (!Number.isFinite(w) || w < 0) throw new SchemeError(`${where}: the weight is not a number ≥ 0`);
  return w;
}

/**
 * Reads a force's or CSP's harm table. CSV with columns `category,weight[,basis,source]`, or JSON as written
 * by `schemeToJson`. Categories missing from the file keep weight 1 and are marked as placeholders.
 */
export function readScheme(text: string, fileName: string): HarmScheme {
  const rows: { category: string; weight: unknown; basis?: string; source?: string; where: string }[] = [];
  let name = fileName.replace(/\.(csv|json)$/i, '');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let json: { name?: unknown; weights?: unknown };
    try {
      json = JSON.parse(trimmed);
    } catch (err) {
      throw new SchemeError(`${fileName}: not valid JSON (${(err as Error).message})`);
    }
    if (typeof json.name === 'string') name = json.name;
    if (!Array.isArray(json.weights)) throw new SchemeError(`${fileName}: no "weights" list`);
    json.weights.forEach((w: Record<string, unknown>, i: number) =>
      rows.push({ category: String(w.category ?? ''), weight: w.weight, basis: w.basis as string, source: w.source as string, where: `${fileName} weights[${i}]` }),
    );
  } else {
    const parsed = Papa.parse<Record<string, string>>(trimmed, { header: true, skipEmptyLines: 'greedy' });
    const fields = (parsed.meta.fields ?? []).map((f) => f.trim().toLowerCase());
    if (!fields.includes('category') || !fields.includes('weight')) {
      throw new SchemeError(`${fileName}: row 1 needs columns "category" and "weight"`);
    }
    parsed.data.forEach((r, i) => {
      const get = (k: string) => r[Object.keys(r).find((key) => key.trim().toLowerCase() === k) ?? ''];
      rows.push({ category: get('category') ?? '', weight: get('weight'), basis: get('basis'), source: get('source'), where: `${fileName} row ${i + 2}` });
    });
  }
  const byCategory = new Map<string, HarmWeight>();
  for (const r of rows) {
    const id = categoryId(r.category.trim());
    if (id === undefined) throw new SchemeError(`${r.where}, column "category": "${r.category}" is not a police.uk category`);
    const category = POLICE_UK_CATEGORIES[id];
    byCategory.set(category, {
      category,
      weight: checkWeight(r.weight, `${r.where}, column "weight"`),
      basis: r.basis?.trim() || `Imported from ${fileName}.`,
      source: r.source?.trim() || fileName,
      placeholder: false,
    });
  }
  return {
    id: `imported:${name}`,
    name,
    weights: POLICE_UK_CATEGORIES.map(
      (category) =>
        byCategory.get(category) ?? { category, weight: 1, basis: `Not in ${fileName}: placeholder.`, source: '—', placeholder: true },
    ),
  };
}

export function schemeToJson(scheme: HarmScheme): string {
  return JSON.stringify({ name: scheme.name, weights: scheme.weights }, null, 2);
}

/** CSV export; text cells that a spreadsheet would run as a formula are escaped. */
export function schemeToCsv(scheme: HarmScheme): string {
  const rows = scheme.weights.map((w) => ({ category: w.category, weight: w.weight, basis: w.basis, source: w.source, placeholder: w.placeholder }));
  return Papa.unparse(rows, { escapeFormulae: true });
}
