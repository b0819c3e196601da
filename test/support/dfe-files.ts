import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The real DfE files beside the project (never copied into it): see ../shared/data/dfe/SOURCES.md. From a git
 * worktree one folder deeper, the shared folder is one level further up.
 */
const DFE_CANDIDATES = ['../../../shared/data/dfe', '../../../../shared/data/dfe'].map((relative) =>
  path.resolve(import.meta.dirname, relative),
);
export const DFE_DIR = DFE_CANDIDATES.find((dir) => existsSync(dir)) ?? (DFE_CANDIDATES[0] as string);
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export const dfeFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(DFE_DIR, relative)));
export const dataFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(DATA_DIR, relative)));
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
