export type CategorySpec = {
  slug: string;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  /** Share of learners who list it among their favourites (relative). */
  appeal: number;
};

export const CATEGORIES: CategorySpec[] = [
  {
    slug: 'programming',
    nameEn: 'Programming',
    nameZh: '编程',
    descriptionEn: 'Languages, frameworks and the craft of building software that lasts.',
    descriptionZh: '编程语言、开发框架，以及写出经得起时间考验的软件的手艺。',
    appeal: 10,
  },
  {
    slug: 'data-ai',
    nameEn: 'Data & AI',
    nameZh: '数据与人工智能',
    descriptionEn: 'Analysis, statistics, machine learning and putting models to work.',
    descriptionZh: '数据分析、统计、机器学习，以及让模型真正落地。',
    appeal: 8,
  },
  {
    slug: 'design',
    nameEn: 'Design',
    nameZh: '设计',
    descriptionEn: 'Interface, visual and product design, from first sketch to polished system.',
    descriptionZh: '界面、视觉与产品设计，从第一张草图到完整的设计系统。',
    appeal: 6,
  },
  {
    slug: 'business',
    nameEn: 'Business',
    nameZh: '商业管理',
    descriptionEn: 'Strategy, management and running a team or a company of your own.',
    descriptionZh: '战略、管理，带好一个团队或经营自己的公司。',
    appeal: 5,
  },
  {
    slug: 'marketing',
    nameEn: 'Marketing',
    nameZh: '市场营销',
    descriptionEn: 'Positioning, content, growth and the numbers behind them.',
    descriptionZh: '定位、内容、增长，以及背后的数据。',
    appeal: 4,
  },
  {
    slug: 'personal-growth',
    nameEn: 'Personal Growth',
    nameZh: '个人成长',
    descriptionEn: 'Habits, focus, communication and the skills that compound over a career.',
    descriptionZh: '习惯、专注、沟通，以及在职业生涯中持续复利的能力。',
    appeal: 5,
  },
  {
    slug: 'languages',
    nameEn: 'Languages',
    nameZh: '语言学习',
    descriptionEn: 'Speak, read and write a new language with structured practice.',
    descriptionZh: '通过系统练习，学会说、读、写一门新语言。',
    appeal: 4,
  },
  {
    slug: 'music-audio',
    nameEn: 'Music & Audio',
    nameZh: '音乐与音频',
    descriptionEn: 'Instruments, theory, production and sound for video and podcasts.',
    descriptionZh: '乐器、乐理、音乐制作，以及视频与播客的声音处理。',
    appeal: 3,
  },
  {
    slug: 'photography',
    nameEn: 'Photography',
    nameZh: '摄影',
    descriptionEn: 'Light, composition, editing and telling stories with a camera.',
    descriptionZh: '光线、构图、后期，用相机讲故事。',
    appeal: 3,
  },
  {
    slug: 'finance',
    nameEn: 'Finance & Investing',
    nameZh: '金融与投资',
    descriptionEn: 'Personal finance, accounting basics and investing with a clear head.',
    descriptionZh: '个人理财、会计基础，以及保持清醒头脑的投资。',
    appeal: 4,
  },
];
