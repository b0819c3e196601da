import type { Area } from '../../src/data/catalogue';

/** An area as the catalogue lists it, made by hand: listed under `parentCode` (named `parentName`) if known. */
export const area = (
  level: string,
  code: string,
  name: string,
  parentCode: string | null,
  parentName: string | null,
  regionCode: string | null = null,
): Area => ({ level, code, name, regionCode, parentCode, parentName });
