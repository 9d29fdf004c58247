/**
 * How much of the browser's room for the site its data takes, in words for the data page. Browsers count
 * localStorage in characters of keys and values (STORAGE_LIMIT_CHARS, about 5 million); a character of
 * the site's data is a byte or two on disk, so sizes here are characters shown as kB and MB, which is what a
 * person can compare with the limit.
 */
import { MAX_INTERVIEWS } from '../interviews/interviews.ts';
import { STORAGE_LIMIT_CHARS } from '../storage/storage-keys.ts';

const KB = 1024;
const MB = 1024 * 1024;
/** From this share of the room on, the page suggests making space (an import could no longer fit). */
const SPACE_WARNING_SHARE = 0.8;

/** "12 kB", "1.2 MB": at least 1 kB, so a small amount never reads as nothing. */
export function formatSize(chars: number): string {
  if (chars >= MB) return `${(chars / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.round(chars / KB)).toLocaleString('en-US')} kB`;
}

/** "under 1%", "24%". */
function percent(share: number): string {
  return share < 0.01 ? 'under 1%' : `${Math.min(100, Math.round(share * 100))}%`;
}

export interface SpaceReport {
  /** "Your data uses 1.2 MB of about 5 MB this browser keeps for the site (24%)." */
  used: string;
  /** What fits: 500 interviews with every field full. */
  fits: string;
  /** Said when the room is nearly full, with what to do. */
  warning?: string;
}

/**
 * The data page's lines about space, for `used` characters of `limit`. The count that fits is the site's
 * own limit, measured full (tests/unit/interviews/journal-record.test.ts and tests/e2e/limits.spec.ts): 500 interviews
 * with every field at its limit take under nine tenths of the room.
 */
export function spaceReport(used: number, limit = STORAGE_LIMIT_CHARS): SpaceReport {
  const share = used / limit;
  return {
    used: `Your data uses ${formatSize(used)} of about ${Math.round(limit / MB)} MB this browser keeps for the site (${percent(share)}).`,
    fits: `That room holds the ${MAX_INTERVIEWS} interviews the site keeps at most, even with every field filled in.`,
    ...(share >= SPACE_WARNING_SHARE
      ? {
          warning:
            'It is nearly full: export a copy, then delete interviews you no longer need (or other sites’ data in your browser settings).',
        }
      : {}),
  };
}
