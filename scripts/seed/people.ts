import { demoAccount } from './accounts';
import { CATEGORIES } from './data/categories';
import { EN_FIRST, EN_LAST, ZH_GIVEN, ZH_SURNAMES } from './data/people';
import { at, DAY_MS, type SeedContext, type SeedRows } from './plan';
import { createRng, seedId } from './random';

export const LEARNER_COUNT = 300;

/** Hidden tastes that drive a learner's behaviour, so analytics and recommendations have truth to find. */
export type Learner = {
  id: string;
  email: string;
  lang: 'en' | 'zh' | 'both';
  /** Favourite category slugs, strongest first. */
  favourites: string[];
  /** 0 = price does not matter, 1 = strongly prefers free and cheap courses. */
  priceSensitivity: number;
  /** Relative activity: how many courses they browse and take. */
  activity: number;
  signupMs: number;
};

export function learnerEmail(n: number) {
  return `learner${String(n).padStart(3, '0')}@demo.zhishi.dev`;
}

/** The 300 generated learners plus the demo learner and demo admin accounts. */
export function buildPeople(
  ctx: SeedContext,
  rows: SeedRows,
): { learners: Learner[]; demoLearnerId: string; adminId: string } {
  const r = createRng('people');
  const now = ctx.now.getTime();
  const learners: Learner[] = [];
  for (let n = 1; n <= LEARNER_COUNT; n++) {
    const lang = r.weighted(['zh', 'en', 'both'] as const, [40, 45, 15]);
    const zhName = lang === 'zh' || (lang === 'both' && r.chance(0.5));
    const name = zhName
      ? `${r.pick(ZH_SURNAMES)}${r.pick(ZH_GIVEN)}`
      : `${r.pick(EN_FIRST)} ${r.pick(EN_LAST)}`;
    const favCount = r.weighted([1, 2, 3], [45, 35, 20]);
    const favourites: string[] = [];
    const pool = [...CATEGORIES];
    while (favourites.length < favCount) {
      const c = r.weighted(
        pool,
        pool.map((p) => p.appeal),
      );
      favourites.push(c.slug);
      pool.splice(pool.indexOf(c), 1);
    }
    // Older accounts are more common than brand-new ones, but the window stays inside 180 days.
    const signupMs =
      now - Math.round(180 * Math.sqrt(r.next()) * DAY_MS) - r.int(1, 20) * 3_600_000;
    const learner: Learner = {
      id: seedId(`user:${learnerEmail(n)}`),
      email: learnerEmail(n),
      lang,
      favourites,
      priceSensitivity: Math.min(1, Math.max(0, r.normal(0.45, 0.25))),
      activity: Math.exp(r.normal(0, 0.6)),
      signupMs,
    };
    learners.push(learner);
    rows.users.push({
      id: learner.id,
      email: learner.email,
      emailVerified: r.chance(0.92) ? at(signupMs + r.int(1, 30) * 60_000) : null,
      name,
      passwordHash: ctx.passwordHash,
      role: 'learner',
      locale: zhName ? 'zh-CN' : 'en',
      createdAt: at(signupMs),
    });
  }

  const demoLearner = demoAccount('learner');
  const demoLearnerId = seedId(`user:${demoLearner.email}`);
  rows.users.push({
    id: demoLearnerId,
    email: demoLearner.email,
    emailVerified: at(now - 120 * DAY_MS),
    name: 'Li Na 李娜',
    passwordHash: ctx.passwordHash,
    role: 'learner',
    locale: 'zh-CN',
    createdAt: at(now - 120 * DAY_MS),
  });
  const admin = demoAccount('admin');
  const adminId = seedId(`user:${admin.email}`);
  rows.users.push({
    id: adminId,
    email: admin.email,
    emailVerified: at(now - 600 * DAY_MS),
    name: 'Zhishi Admin',
    passwordHash: ctx.passwordHash,
    role: 'admin',
    locale: 'en',
    totpSecret: ctx.adminTotpSealed,
    totpEnabledAt: at(now - 590 * DAY_MS),
    createdAt: at(now - 600 * DAY_MS),
  });
  return { learners, demoLearnerId, adminId };
}
