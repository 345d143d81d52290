/**
 * The two astronomical quantities a lunisolar calendar needs, after Jean Meeus, "Astronomical
 * Algorithms" (1998), in the truncated form Hồ Ngọc Đức published for the Vietnamese calendar:
 * the instant of each new moon and the sun's ecliptic longitude. Days are Julian Day Numbers.
 * @module
 */

const DEG = Math.PI / 180;

/** Julian Day of new moon number 0 in Meeus' count (1900-01-01 13:52 UTC) and the mean synodic month. */
const NEW_MOON_EPOCH_JD = 2415021.076998695;
export const SYNODIC_MONTH = 29.530588853;

/** The Julian Day Number of 1970-01-01, the epoch of `toDayNumber`. */
export const UNIX_EPOCH_JDN = 2440588;

/** The instant (Julian Day, TT corrected to UT) of the `k`-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG; // sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG; // moon's argument of latitude
  const correction = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m)
    - 0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr)
    + 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr)
    + 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr)
    + 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT = t < -11
    ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** The Julian Day Number of the local civil day, at UTC offset `offsetHours`, on which new moon `k` falls. */
export function newMoonDay(k: number, offsetHours: number): number {
  return Math.floor(newMoon(k) + 0.5 + offsetHours / 24);
}

/** The index of the new moon nearest before-or-at Julian Day Number `jdn` (may be one too low). */
export function newMoonIndexBefore(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
}

/** The index of the new moon nearest to Julian Day Number `jdn`. */
export function newMoonIndexNear(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH + 0.5);
}

/** The sun's apparent ecliptic longitude in radians, 0 ≤ L < 2π, at Julian Day `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  const center = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
    + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + center) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/**
 * Which of the twelve 30° sectors (0 = spring equinox … 9 = winter solstice) the sun is in at the
 * start of local civil day `jdn`. A lunar month whose start and end fall in the same sector holds
 * no major solar term.
 */
export function sunSector(jdn: number, offsetHours: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - offsetHours / 24) / Math.PI) * 6);
}
