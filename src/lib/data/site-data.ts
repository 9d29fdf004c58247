/**
 * The site's stored data as a whole, for the "Your data" page: merge an import into it, replace it, and say
 * in plain words what it holds. Each function walks the registry (registry.ts), so a new stored value
 * needs no change here; the registry is a parameter only so tests can add a value of their own.
 */
import { REGISTRY, valueOf, type Registry, type SiteData, type SiteFacts } from './registry.ts';

/**
 * Every stored value at its initial value: what is there after deleting everything.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function initialData(registry: Registry = REGISTRY): SiteData {
  return Object.fromEntries(registry.map((entry) => [entry.name, entry.initial]));
}

/**
 * Adds what an import holds to what is here, value by value in the registry's order; a value the import
 * lacks stays as it is.
 */
export function mergeData(current: SiteData, incoming: SiteData, registry: Registry = REGISTRY): SiteData {
  const merged: Record<string, unknown> = {};
  for (const entry of registry) {
    const here = valueOf(current, entry);
    merged[entry.name] = Object.hasOwn(incoming, entry.name) ? entry.merge(here, incoming[entry.name], merged) : here;
  }
  return merged;
}

/** The site's data after replacing everything with an import (what the file lacks starts empty). */
export function replaceData(incoming: SiteData, registry: Registry = REGISTRY): SiteData {
  return mergeData(initialData(registry), incoming, registry);
}

/** What is stored, in plain words, one line per stored value. */
export function describeData(data: SiteData, site: SiteFacts = {}, registry: Registry = REGISTRY): string[] {
  return registry.map((entry) => entry.describe(valueOf(data, entry), site));
}

/** What an import would do, in plain words, before anyone confirms it. */
export function describeImport(current: SiteData, incoming: SiteData, registry: Registry = REGISTRY): string[] {
  const lines = registry.flatMap((entry) =>
    Object.hasOwn(incoming, entry.name) ? (entry.describeImport(valueOf(current, entry), incoming[entry.name]) ?? []) : [],
  );
  return lines.length ? lines : ['Nothing: the file holds no data.'];
}

/** Why adding `incoming` to `current` could not be stored (a limit the result would break), if it could not. */
export function mergeProblem(current: SiteData, incoming: SiteData, registry: Registry = REGISTRY): string | undefined {
  const merged = mergeData(current, incoming, registry);
  for (const entry of registry) {
    const problem = entry.mergeProblem?.(valueOf(current, entry), merged[entry.name]);
    if (problem) return problem;
  }
  return undefined;
}
