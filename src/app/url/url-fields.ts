import type { UrlParams } from '../url-state';
import { parseGeo, writeGeo, type GeoCode } from './geo-code';

/** A change to the address: a text sets its key, null removes it, and a key not named stays as it is. */
export type UrlChange = Record<string, string | null>;

/**
 * One choice in the address and its typed value. The address drops empty parameters, so absent, empty and
 * "the default" are one state: a field reads them all as the same value and writes that value as no parameter.
 */
export interface UrlField<T> {
  read(params: UrlParams): T;
  /** undefined clears the field. */
  write(value: T | undefined): UrlChange;
}

const present = (value: string | undefined): string | undefined => (value === '' ? undefined : value);

/** Text as written: `ds=annual_absence`. */
export const text = (key: string): UrlField<string | undefined> => ({
  read: (params) => present(params[key]),
  write: (value) => ({ [key]: present(value) ?? null }),
});

/** A switch that is on when the key holds `on` (`multiples=1`, `la.chart=map`) and off otherwise. */
export const flag = (key: string, on = '1'): UrlField<boolean> => ({
  read: (params) => params[key] === on,
  write: (value) => ({ [key]: value ? on : null }),
});

/** One of a few texts, each naming a value (`events=0` is 'hidden'); any other text reads as absent. */
export const oneOf = <V extends string>(
  key: string,
  names: Readonly<Record<string, V>>,
): UrlField<V | undefined> => {
  const texts = Object.entries(names);
  return {
    read: (params) => texts.find(([text]) => text === params[key])?.[1],
    write: (value) => ({ [key]: texts.find(([, named]) => named === value)?.[0] ?? null }),
  };
};

/** Texts joined by a separator (`b.cmp=E06000001,E06000002`); none reads as absent. */
export const list = (key: string, separator = ','): UrlField<readonly string[] | undefined> => ({
  read: (params) => present(params[key])?.split(separator),
  write: (value) => ({ [key]: value?.length ? value.join(separator) : null }),
});

/**
 * A family of keys under one prefix, one per name a file gives (`f.<column>` for each filter column). Writing names
 * only the keys given: a key a file no longer has stays until the view clears it.
 */
export const keyed = (prefix: string): UrlField<Readonly<Record<string, string>>> => ({
  read: (params) =>
    Object.fromEntries(
      Object.entries(params)
        .filter(([key, value]) => key.startsWith(prefix) && key.length > prefix.length && value !== '')
        .map(([key, value]) => [key.slice(prefix.length), value]),
    ),
  write: (value) =>
    Object.fromEntries(
      Object.entries(value ?? {}).map(([name, text]) => [prefix + name, present(text) ?? null]),
    ),
});

/** The areas a chart draws (see geo-code); text no version of the app wrote reads as absent. */
export const geo = (key: string): UrlField<GeoCode | undefined> => ({
  read: (params) => {
    const value = present(params[key]);
    return (value === undefined ? null : parseGeo(value)) ?? undefined;
  },
  write: (value) => ({ [key]: value ? writeGeo(value) : null }),
});

/** A view's URL: every field it reads, each under its own key. */
export type UrlFields<S> = { readonly [K in keyof S]-?: UrlField<S[K]> };

export interface UrlContract<S> {
  parse(params: UrlParams): S;
  /** The change that writes the fields named (undefined clears one); fields not named stay as they are. */
  write(patch: Partial<S>): UrlChange;
  /** The change that clears every field (a family of keys stays: its keys are the file's). */
  clear(): UrlChange;
}

export function urlContract<S>(fields: UrlFields<S>): UrlContract<S> {
  const names = Object.keys(fields) as (keyof S)[];
  const writeOne = <K extends keyof S>(name: K, value: S[K] | undefined): UrlChange =>
    fields[name].write(value);
  return {
    parse: (params) => Object.fromEntries(names.map((name) => [name, fields[name].read(params)])) as S,
    write: (patch) =>
      Object.assign({}, ...names.filter((name) => name in patch).map((name) => writeOne(name, patch[name]))),
    clear: () => Object.assign({}, ...names.map((name) => writeOne(name, undefined))),
  };
}
