/**
 * Finds the line on which each marker of a JSON import starts, so rejected items can be reported by line.
 * JSON.parse gives no positions. The markers are the items of a top-level array, or of the `markers` array of a
 * top-level object. Call only with text JSON.parse has accepted: this scanner does not check syntax.
 */
export function jsonItemLines(text: string): number[] {
  interface Frame {
    kind: 'array' | 'object';
    target: boolean;
    expectKey: boolean;
    key: string | null;
  }
  const stack: Frame[] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const valueStarts = () => {
    const parent = stack[stack.length - 1];
    if (parent?.target) lines.push(line);
  };
  while (i < text.length) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '\n') line++;
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(i + 1, end);
      if (top?.kind === 'object' && top.expectKey) top.key = raw;
      else valueStarts();
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      valueStarts();
      const target =
        char === '[' &&
        (stack.length === 0 || (stack.length === 1 && top?.kind === 'object' && top.key === 'markers'));
      stack.push({ kind: char === '{' ? 'object' : 'array', target, expectKey: char === '{', key: null });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ':' && top) {
      top.expectKey = false;
    } else if (char === ',' && top) {
      top.expectKey = top.kind === 'object';
    } else if (char !== undefined && /[-0-9tfn]/.test(char)) {
      valueStarts();
      while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1] ?? '')) i++;
    }
    i++;
  }
  return lines;
}
