import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real DfE files beside the project (never copied into it): see ../shared/data/dfe/SOURCES.md. */
export const DFE_DIR = path.resolve(import.meta.dirname, '../../../shared/data/dfe');
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export const dfeFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(DFE_DIR, relative)));
export const dataFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(DATA_DIR, relative)));
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
