// Finds the policy files to lint and reads them safely (no throw escapes; problems become messages).
import fs from 'node:fs';
import path from 'node:path';

export interface FileProblem {
  path: string;
  message: string;
}

/** Files a folder walk considers: JSON policies and templates, YAML templates, Terraform. */
const HOST_FILE = /\.(json|ya?ml|template|tf)$/i;

/** Expands files and folders into *.json, *.yaml, *.yml, *.template and *.tf files, skipping node_modules and dot-folders, following no symlink loops. */
export function collectFiles(inputs: readonly string[]): { files: string[]; problems: FileProblem[]; fromFolders: Set<string> } {
  const files: string[] = [];
  const fromFolders = new Set<string>();
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string, display: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      problems.push({ path: display, message: describeIoError(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: display, message: describeIoError(e) });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling or looping link inside a folder: not a policy file
        }
      }
      if (isDir) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        walk(full, full);
      } else if (isFile && HOST_FILE.test(entry.name)) {
        files.push(full);
        fromFolders.add(full);
      }
    }
  };
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (e) {
      problems.push({ path: input, message: describeIoError(e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(input, input);
      if (files.length === before) problems.push({ path: input, message: 'no *.json, *.yaml, *.yml, *.template or *.tf files found in this folder' });
    } else if (st.isFile()) files.push(input);
    // Reading a pipe or a device could block forever or never end.
    else problems.push({ path: input, message: 'not a regular file (a pipe, socket or device)' });
  }
  return { files, problems, fromFolders };
}

export function describeIoError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EISDIR': return 'is a folder';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return e instanceof Error ? e.message : String(e);
  }
}

/** Files larger than this are not read: no policy comes close, and decoding them could exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; io: boolean };

/** Reads a file as UTF-8 text; binary and invalid UTF-8 are reported, a BOM is stripped. */
export function readPolicyFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return { ok: false, message: `${Math.round(size / 1048576)} MB file is too large to be a policy (limit ${MAX_FILE_BYTES / 1048576} MB)`, io: false };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, message: describeIoError(e), io: true };
  }
  if (bytes.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes), not a JSON policy', io: false };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'not valid UTF-8 text; IAM policies are UTF-8 JSON', io: false };
  }
  // A BOM becomes a space so that columns on the first line stay as an editor shows them.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  return { ok: true, text };
}
