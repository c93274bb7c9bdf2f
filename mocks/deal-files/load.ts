import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DealFile } from './schema.ts';
import { checkDealFile, duplicateIdMessage, formatFileProblems } from './check.ts';

/** One valid deal file, as the mocks serve it. */
export interface LoadedDeal {
  fileName: string;
  deal: DealFile['deal'];
  metrics: NonNullable<DealFile['metrics']>;
}

export interface LoadResult {
  deals: LoadedDeal[];
  /** One message per refused file (its problems, or the id it shares with another file). */
  refused: string[];
}

/** A deal file is any `*.json` in the folder but the JSON Schema the files name. */
export const isDealFileName = (name: string) => name.endsWith('.json') && !name.endsWith('.schema.json');

/**
 * Reads every deal file in `dir` and keeps the valid ones; `label` is how messages name the folder
 * (`mocks/deals`). Of two files with one deal id the first by name is kept, the other refused.
 */
export function loadDealFiles(dir: string, label = dir): LoadResult {
  const deals: LoadedDeal[] = [];
  const refused: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter(isDealFileName).sort();
  } catch (error) {
    return { deals, refused: [`${label}: cannot read the folder (${(error as Error).message})`] };
  }
  for (const name of names) {
    const fileName = `${label}/${name}`;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (error) {
      refused.push(`${fileName}: cannot read the file (${(error as Error).message})`);
      continue;
    }
    const result = checkDealFile(text);
    if (!result.ok) {
      refused.push(formatFileProblems(fileName, result.problems));
      continue;
    }
    const { deal, metrics = {} } = result.file;
    const holder = deals.find((d) => d.deal.id === deal.id);
    if (holder) refused.push(duplicateIdMessage(deal.id, holder.fileName, fileName));
    else deals.push({ fileName, deal, metrics });
  }
  return { deals, refused };
}
