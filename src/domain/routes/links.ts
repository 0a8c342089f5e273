import { invalid, type Param } from './params';
import type { ParamSpecs, Route } from './table';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyParam = Param<any, any>;
type InOf<T> = T extends Param<infer In, unknown> ? In : never;
type OutOf<T> = T extends Param<unknown, infer Out> ? Out : never;
type NeededKeys<P> = { [K in keyof P]: P[K] extends Param<unknown, unknown, true> ? K : never }[keyof P];
type OptionalKeys<P> = Exclude<keyof P, NeededKeys<P>>;

/** What a link to a page passes: its needed params, and any of its optional ones. */
export type LinkParams<P extends ParamSpecs> = { [K in NeededKeys<P>]: InOf<P[K]> } & {
  [K in OptionalKeys<P>]?: InOf<P[K]>;
};

/** What a page reads from its URL once every param was checked. */
export type PageParams<P extends ParamSpecs> = { [K in keyof P]: OutOf<P[K]> };

/** What one page of the table reads: `ParamsOf<typeof routes.matter>`. */
export type ParamsOf<R> = R extends Route<infer P> ? PageParams<P> : never;

/** A link needs its params argument only when the page has params it cannot do without. */
export type LinkArgs<P extends ParamSpecs> = [NeededKeys<P>] extends [never]
  ? [params?: LinkParams<P>]
  : [params: LinkParams<P>];

/** The URL of a page (`/packages/resident/matter/index?id=m1`), every value encoded. */
export function routeUrl<P extends ParamSpecs>(route: Route<P>, ...[params]: LinkArgs<P>): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const query = Object.entries(route.params as Record<string, AnyParam>).flatMap(([name, spec]) => {
    const text = values[name] === undefined && !spec.needed ? null : spec.write(values[name]);
    return text === null ? [] : [`${name}=${text}`];
  });
  return `/${route.path}${query.length ? `?${query.join('&')}` : ''}`;
}

export type ReadParams<P extends ParamSpecs> =
  | { ok: true; params: PageParams<P>; ignored: string[] }
  /** A needed param is missing, or cannot be decoded or read: the link is broken. */
  | { ok: false; param: string };

/**
 * The one reader of a page's query, as the platform hands it over (values still URL-encoded:
 * WeChat and Taro's h5 router both leave them so). A value that does not decode (`%E4%`) or is
 * not of its kind is invalid: a needed one breaks the link, an optional one is ignored (listed in
 * `ignored`) and reads as absent. Never throws.
 */
export function readRouteParams<P extends ParamSpecs>(
  route: Route<P>,
  query: Record<string, string | undefined> | undefined,
): ReadParams<P> {
  const params: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [name, spec] of Object.entries(route.params as Record<string, AnyParam>)) {
    const value = spec.read(query?.[name]);
    if (value !== invalid) params[name] = value;
    else if (spec.needed) return { ok: false, param: name };
    else {
      ignored.push(name);
      params[name] = spec.read(undefined);
    }
  }
  return { ok: true, params: params as PageParams<P>, ignored };
}
