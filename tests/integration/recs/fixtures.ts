import { db } from '@/db';
import {
  behaviourEvents,
  categories,
  courses,
  enrollments,
  users,
  type CourseStatus,
} from '@/db/schema';
import { newId } from '@/lib/ids';

const DAY = 86_400_000;

type CourseSpec = {
  key: string;
  cat: 'prog' | 'photo' | 'biz';
  lang: 'en' | 'zh';
  title: string;
  subtitle: string;
  status?: CourseStatus;
  deleted?: boolean;
};

const COURSES: CourseSpec[] = [
  {
    key: 'zhPy',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程入门',
    subtitle: '从零开始学习编程与数据分析',
  },
  {
    key: 'zhJs',
    cat: 'prog',
    lang: 'zh',
    title: 'JavaScript 前端编程实战',
    subtitle: '网页开发与异步编程',
  },
  {
    key: 'zhGo',
    cat: 'prog',
    lang: 'zh',
    title: 'Go 语言并发编程',
    subtitle: '后端开发与编程实践',
  },
  {
    key: 'zhAlgo',
    cat: 'prog',
    lang: 'zh',
    title: '算法与数据结构编程',
    subtitle: '面试编程题精讲',
  },
  {
    key: 'zhRust',
    cat: 'prog',
    lang: 'zh',
    title: 'Rust 系统编程',
    subtitle: '安全高效的编程语言',
  },
  {
    key: 'enPy',
    cat: 'prog',
    lang: 'en',
    title: 'Python Programming for Beginners',
    subtitle: 'Learn to code step by step',
  },
  {
    key: 'enWeb',
    cat: 'prog',
    lang: 'en',
    title: 'Modern Web Development',
    subtitle: 'HTML, CSS and JavaScript programming',
  },
  { key: 'zhPhoto', cat: 'photo', lang: 'zh', title: '手机摄影入门', subtitle: '构图、光线与后期' },
  {
    key: 'enPhoto',
    cat: 'photo',
    lang: 'en',
    title: 'Photography Basics',
    subtitle: 'Light, composition and editing',
  },
  {
    key: 'enPortrait',
    cat: 'photo',
    lang: 'en',
    title: 'Portrait Photography',
    subtitle: 'Posing and lighting people',
  },
  { key: 'zhBiz', cat: 'biz', lang: 'zh', title: '创业公司财务管理', subtitle: '现金流与融资' },
  {
    key: 'enBiz',
    cat: 'biz',
    lang: 'en',
    title: 'Startup Finance',
    subtitle: 'Cash flow, fundraising and growth',
  },
  {
    key: 'enMarketing',
    cat: 'biz',
    lang: 'en',
    title: 'Digital Marketing',
    subtitle: 'Grow your audience online',
  },
  // Courses that must never be recommended, made attractive on purpose (zh programming).
  {
    key: 'draft',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程进阶（草稿）',
    subtitle: '编程草稿',
    status: 'draft',
  },
  {
    key: 'inReview',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程审核中',
    subtitle: '编程',
    status: 'in_review',
  },
  {
    key: 'rejected',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程被拒',
    subtitle: '编程',
    status: 'rejected',
  },
  {
    key: 'archived',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程已下架',
    subtitle: '编程',
    status: 'archived',
  },
  {
    key: 'deleted',
    cat: 'prog',
    lang: 'zh',
    title: 'Python 编程已删除',
    subtitle: '编程',
    deleted: true,
  },
];

export type RecsFixture = Awaited<ReturnType<typeof seedRecsFixture>>;

async function user(name: string, createdAt = new Date(Date.now() - 30 * DAY)) {
  const id = newId();
  await db
    .insert(users)
    .values({ id, email: `recs-${id.toLowerCase()}@test.local`, name, createdAt });
  return id;
}

/**
 * A small catalogue with planted taste: Chinese programmers take Chinese programming courses,
 * photographers take photography, and so on; plus hidden courses that must never surface.
 */
export async function seedRecsFixture() {
  const tag = newId().slice(0, 6).toLowerCase();
  const cat = { prog: newId(), photo: newId(), biz: newId() };
  await db.insert(categories).values([
    { id: cat.prog, slug: `programming-${tag}`, nameEn: 'Programming', nameZh: '编程' },
    { id: cat.photo, slug: `photography-${tag}`, nameEn: 'Photography', nameZh: '摄影' },
    { id: cat.biz, slug: `business-${tag}`, nameEn: 'Business', nameZh: '商业' },
  ]);
  const creator = await user('Recs Creator');
  const ids: Record<string, string> = {};
  for (const c of COURSES) {
    const id = newId();
    ids[c.key] = id;
    await db.insert(courses).values({
      id,
      slug: `${c.key.toLowerCase()}-${tag}`,
      creatorId: creator,
      categoryId: cat[c.cat],
      title: c.title,
      subtitle: c.subtitle,
      description: `${c.title}. ${c.subtitle}.`,
      language: c.lang,
      priceMinor: 9900,
      currency: 'CNY',
      status: c.status ?? 'published',
      publishedAt: new Date(),
      deletedAt: c.deleted ? new Date() : null,
    });
  }
  const enrol = async (userId: string, key: string, daysAgo = 10) =>
    db.insert(enrollments).values({
      id: newId(),
      userId,
      courseId: ids[key]!,
      source: 'free',
      createdAt: new Date(Date.now() - daysAgo * DAY),
    });
  const groups: [string[], number][] = [
    [['zhPy', 'zhJs', 'zhGo', 'zhAlgo', 'zhRust', 'draft', 'rejected'], 12],
    [['enPy', 'enWeb', 'zhPy'], 8],
    [['zhPhoto', 'enPhoto', 'enPortrait'], 8],
    [['zhBiz', 'enBiz', 'enMarketing'], 8],
  ];
  let n = 0;
  for (const [keys, count] of groups) {
    for (let i = 0; i < count; i++) {
      const u = await user(`Learner ${n++}`);
      // Each learner takes most of their group's courses; hidden ones still collect interactions.
      for (const [j, key] of keys.entries()) if ((i + j) % 4 !== 0) await enrol(u, key, 5 + j);
      await db.insert(behaviourEvents).values({
        userId: u,
        type: 'view',
        courseId: ids[keys[0]!]!,
        createdAt: new Date(Date.now() - DAY),
      });
    }
  }
  // The learner of the acceptance test: took two Chinese programming courses.
  const learner = await user('Chinese programmer');
  await enrol(learner, 'zhPy', 3);
  await enrol(learner, 'zhJs', 2);
  // A learner who signed up after the model was built has no vector: cold start.
  return {
    ids,
    cat,
    creator,
    learner,
    tag,
    hidden: ['draft', 'inReview', 'rejected', 'archived', 'deleted'].map((k) => ids[k]!),
  };
}

export { user as createRecsUser };
