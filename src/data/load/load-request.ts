import type { MetaColumn } from '../ees/meta-csv';
import type { Grain } from '../ees/time-periods';
import { SNIFF_BYTES } from './csv-header';
import {
  EXPORT_LIMIT_BYTES,
  exportTooLarge,
  isTableToolExport,
  standardiseTableToolExport,
} from './table-tool-export';

export interface LoadRequest {
  id: string;
  fileName: string;
  data: File | Uint8Array;
  origin: 'default' | 'user';
  title?: string;
  source?: string | null;
  meta?: readonly MetaColumn[];
  grain?: Grain | null;
  /** Stops the load part-way (the user pressed Cancel); nothing of the file is kept. */
  signal?: AbortSignal;
  /** Told the bytes of the file read so far, after each piece. */
  onProgress?: (bytesRead: number) => void;
  /** The size of the pieces the file is read in (tests make it small). */
  chunkBytes?: number;
}

export async function headBytes(data: File | Uint8Array): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data.subarray(0, SNIFF_BYTES);
  return new Uint8Array(await data.slice(0, SNIFF_BYTES).arrayBuffer());
}

export const byteLength = (data: File | Uint8Array): number =>
  data instanceof Uint8Array ? data.byteLength : data.size;

/** A table tool download in the data standard's shape (see table-tool-export.ts); any other file as it is. */
export async function standardised(request: LoadRequest): Promise<LoadRequest> {
  const head = new TextDecoder().decode(await headBytes(request.data)).replace(/^\uFEFF/, '');
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (
    firstLine.includes('\t') ||
    !isTableToolExport(firstLine.split(',').map((name) => name.replace(/"/g, '').trim()))
  )
    return request;
  if (byteLength(request.data) > EXPORT_LIMIT_BYTES) throw exportTooLarge(request.fileName);
  const text =
    request.data instanceof Uint8Array ? new TextDecoder().decode(request.data) : await request.data.text();
  return { ...request, data: new TextEncoder().encode(standardiseTableToolExport(request.fileName, text)) };
}
