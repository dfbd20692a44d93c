import 'server-only';

import type { CourseCard } from '@/lib/data/course-cards';
import type { RecsResult } from '@/lib/data/recs';

/**
 * The recommendations response body. Card DTOs come from a short-lived cache and stay the same
 * objects while cached, so each card is serialised once and its JSON reused: re-serialising a dozen
 * cards per request was the largest cost of the route after the framework itself.
 */
const cardJson = new WeakMap<CourseCard, string>();

function cardToJson(card: CourseCard): string {
  let json = cardJson.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    cardJson.set(card, json);
  }
  return json;
}

/** A result served again (see `present` in recs.ts) is serialised once. */
const resultJson = new WeakMap<RecsResult, string>();

/** Same JSON as `JSON.stringify(result)`, field for field. */
export function recsToJson(result: RecsResult): string {
  const done = resultJson.get(result);
  if (done !== undefined) return done;
  let items = '';
  for (const item of result.items) {
    if (items) items += ',';
    items += `{"course":${cardToJson(item.course)},"score":${JSON.stringify(item.score)},"reason":${JSON.stringify(item.reason)}}`;
  }
  const json = `{"items":[${items}],"model":${JSON.stringify(result.model)}}`;
  resultJson.set(result, json);
  return json;
}
