// The .tf and .tf.json files beside an open Terraform file (a module spans a folder), and the variable definitions
// files Terraform loads from it by itself (terraform.tfvars, *.auto.tfvars, and their .json), read from disk by the
// node server and the CLI. The only file reads of the server besides its own wasm assets: such files of the open file's own folder,
// capped in number and size. The browser build has no such reader and uses open documents only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Sibling files of one folder that a Terraform module may spread its roles and policy documents over. */
const MAX_SIBLINGS = 200;
const MAX_SIBLING_BYTES = 4 * 1024 * 1024;

/** The .tfvars files Terraform reads without being told to. */
const isTfvars = (name: string) => /^terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/i.test(name);
/** .tf and .tf.json files, and those .tfvars files. */
const isFolderFile = (name: string) => /\.tf(\.json)?$/i.test(name) || isTfvars(name);
/** .tfvars files first (a cut-off one would leave a default in use that it overrides), then .tf(.json) files, by name. */
const folderFiles = (names: string[]) => [...names.filter(isTfvars).sort(), ...names.filter((n) => !isTfvars(n) && isFolderFile(n)).sort()].slice(0, MAX_SIBLINGS);

export function readFolderSiblings(uri: string): { uri: string; text: string }[] {
  if (!uri.startsWith('file:') || !/\.tf(\.json)?$/i.test(uri)) return [];
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
    names = folderFiles(fs.readdirSync(dir));
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

/** File names, sizes and times of the .tf (and .tfvars) files beside `uri`: changes when one of them is saved. */
export function folderSiblingsStamp(uri: string): string {
  if (!uri.startsWith('file:') || !/\.tf(\.json)?$/i.test(uri)) return '';
  try {
    const dir = path.dirname(fileURLToPath(uri));
    return folderFiles(fs.readdirSync(dir)).map((n) => {
      try {
        const st = fs.statSync(path.join(dir, n));
        return `${n}:${st.size}:${st.mtimeMs}`;
      } catch {
        return n;
      }
    }).join('|');
  } catch {
    return '';
  }
}
