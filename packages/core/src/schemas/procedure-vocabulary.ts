// The procedure's vocabulary apart from its zod schemas, so that the main entry has it without zod.
import type { OnlineLevel } from './procedure.js';

/** The legal instruments that define online levels; each scheme has its own levels. */
export const onlineLevelSchemes = ['decree-224-2026', 'decree-42-2022'] as const;

/** Online levels: fully online (toàn trình), partly online (một phần), information only. */
export const onlineLevels = ['full', 'partial', 'information'] as const;

const legacyLevels: Readonly<Record<number, OnlineLevel['level']>> = { 1: 'information', 2: 'information', 3: 'partial', 4: 'full' };

/**
 * The level of the old 1–4 scale (`mucDo` in local systems: 2 public information, 3 partly online,
 * 4 fully online; 1, information only, is accepted too) under Decree 42/2022, whose toàn trình /
 * một phần split those systems' labels follow. Anything else gives `undefined`.
 */
export function onlineLevelFromLegacy(level: 2 | 3 | 4): OnlineLevel;
export function onlineLevelFromLegacy(level: number): OnlineLevel | undefined;
export function onlineLevelFromLegacy(level: number): OnlineLevel | undefined {
  const mapped = Object.hasOwn(legacyLevels, level) ? legacyLevels[level] : undefined;
  return mapped && { scheme: 'decree-42-2022', level: mapped };
}

/** The ways a dossier can be filed, in the order of their `KenhThucHien` codes 1–3. */
export const channels = ['in-person', 'online', 'postal'] as const;

/** A way to file a dossier: in person at the desk, online, or through the public postal service. */
export type Channel = (typeof channels)[number];

/** The `KenhThucHien` code of a channel (1 in person, 2 online, 3 public postal service). */
export function codeOfChannel(channel: Channel): 1 | 2 | 3 {
  return (channels.indexOf(channel) + 1) as 1 | 2 | 3;
}

/** The channel of a `KenhThucHien` code, or `undefined`. */
export function channelFromCode(code: number): Channel | undefined {
  return Number.isInteger(code) ? channels[code - 1] : undefined;
}

/** Who a procedure is for, as the national procedure database classifies them. */
export const targetGroups = [
  'citizen', 'overseas-vietnamese', 'foreigner', 'public-servant', 'business', 'foreign-invested-business',
  'household-business', 'cooperative', 'organization', 'foreign-organization',
] as const;
