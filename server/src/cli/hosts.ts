// Which language a file on disk is read as (trust policy JSON, CloudFormation template, Terraform), and the
// sibling files a Terraform module spans.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { looksLikeTemplate } from '../service/embedded';

/** The language id the service reads a file as: templates keep `yaml`/`json`, Terraform is `terraform`. */
export function languageIdForFile(file: string, text: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.tf')) return 'terraform';
  if (/\.(ya?ml|template)$/.test(lower)) return 'yaml';
  if (lower.endsWith('.json') && looksLikeTemplate(text)) return 'json';
  return 'iam-trust-policy';
}

/** Sibling files of one folder that a Terraform module may spread its roles and policy documents over. */
const MAX_SIBLINGS = 200;
const MAX_SIBLING_BYTES = 4 * 1024 * 1024;

export function readFolderSiblings(uri: string): { uri: string; text: string }[] {
  if (!uri.startsWith('file:') || !/\.tf$/i.test(uri)) return [];
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return [];
  }
  const dir = path.dirname(file);
  const out: { uri: string; text: string }[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => /\.tf$/i.test(n)).sort().slice(0, MAX_SIBLINGS);
  } catch {
    return [];
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (full === file) continue;
    try {
      const st = fs.statSync(full);
      if (!st.isFile() || st.size > MAX_SIBLING_BYTES) continue;
      out.push({ uri: pathToFileURL(full).href, text: fs.readFileSync(full, 'utf8') });
    } catch {
      // an unreadable sibling is simply not part of the module as far as we can tell
    }
  }
  return out;
}
