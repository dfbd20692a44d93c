/** Whole hours and remaining minutes, rounding seconds up to the next minute (a 20 s clip is "1 min"). */
export function durationParts(totalSec: number): { hours: number; minutes: number } {
  const minutesTotal = Math.ceil(Math.max(0, totalSec) / 60);
  return { hours: Math.floor(minutesTotal / 60), minutes: minutesTotal % 60 };
}
