// Column arithmetic on a host text, shared by the YAML editor and the JSON-string editor.

/** The column of `offset` in its line (0-based). */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** How many spaces open the line that holds `offset`. */
export function lineIndent(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let i = start;
  while (text[i] === ' ') i++;
  return i - start;
}
