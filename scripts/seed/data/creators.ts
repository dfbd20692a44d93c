export type CreatorSpec = {
  key: string;
  email: string;
  name: string;
  displayName: string;
  headline: string;
  bio: string;
  payoutCountry: string;
  locale: 'en' | 'zh-CN';
};

/** `maya` is the demo creator account (creator@zhishi.dev). */
export const CREATORS: CreatorSpec[] = [
  {
    key: 'maya',
    email: 'creator@zhishi.dev',
    name: 'Maya Chen',
    displayName: 'Maya Chen 陈玛雅',
    headline: 'Software engineer and teacher · 软件工程师、讲师',
    bio: 'Maya spent ten years building payment and data systems in Singapore and Shanghai before turning to teaching full time. She writes courses in English and Chinese and believes every concept deserves a small, runnable example.\n\n陈玛雅在新加坡和上海做了十年支付与数据系统，现在专职教学。她用中英文两种语言授课，坚信每个概念都应该配一个能跑起来的小例子。',
    payoutCountry: 'SG',
    locale: 'en',
  },
  {
    key: 'wanglei',
    email: 'wang.lei@creators.zhishi.dev',
    name: '王磊',
    displayName: '王磊',
    headline: '资深后端工程师，专注 Go 与分布式系统',
    bio: '王磊在互联网公司做了十二年后端开发，带过从零到日活千万的系统。他的课程以工程实践为主，每一节都配有可以直接运行的代码仓库。',
    payoutCountry: 'CN',
    locale: 'zh-CN',
  },
  {
    key: 'priya',
    email: 'priya.raman@creators.zhishi.dev',
    name: 'Priya Raman',
    displayName: 'Priya Raman',
    headline: 'Data scientist · statistics made practical',
    bio: 'Priya leads a data science team at a logistics company in Bangalore. She teaches statistics and machine learning the way she uses them at work: start with a question, look at the data, then pick the simplest model that answers it.',
    payoutCountry: 'IN',
    locale: 'en',
  },
  {
    key: 'sofia',
    email: 'sofia.alvarez@creators.zhishi.dev',
    name: 'Sofia Álvarez',
    displayName: 'Sofia Álvarez',
    headline: 'Product designer · design systems and UX research',
    bio: 'Sofia has designed banking apps, museum guides and everything in between. Based in Barcelona, she teaches interface design, typography and research with real briefs and honest critique.',
    payoutCountry: 'ES',
    locale: 'en',
  },
  {
    key: 'zhangmin',
    email: 'zhang.min@creators.zhishi.dev',
    name: '张敏',
    displayName: '张敏',
    headline: '前咨询顾问，讲商业、营销与个人理财',
    bio: '张敏曾在管理咨询公司工作八年，服务过零售、消费品和金融客户。她把咨询中常用的分析框架拆成普通人也能上手的方法，课程覆盖商业思维、品牌营销和个人理财。',
    payoutCountry: 'CN',
    locale: 'zh-CN',
  },
  {
    key: 'james',
    email: 'james.okafor@creators.zhishi.dev',
    name: 'James Okafor',
    displayName: 'James Okafor',
    headline: 'Founder, coach and former CFO',
    bio: 'James built and sold two software companies and served as CFO of a London fintech. He teaches the business side of building things: finance, pricing, marketing and leading people.',
    payoutCountry: 'GB',
    locale: 'en',
  },
  {
    key: 'liuyang',
    email: 'liu.yang@creators.zhishi.dev',
    name: '刘洋',
    displayName: '刘洋',
    headline: '摄影师、独立音乐人',
    bio: '刘洋是一名商业摄影师，也是一支独立乐队的吉他手。他的课程从器材讲到审美，希望每位学员都能拍出、录出自己满意的作品。',
    payoutCountry: 'CN',
    locale: 'zh-CN',
  },
  {
    key: 'emma',
    email: 'emma.hoffmann@creators.zhishi.dev',
    name: 'Emma Hoffmann',
    displayName: 'Emma Hoffmann',
    headline: 'Language teacher and musician',
    bio: 'Emma taught German and Mandarin in Berlin for a decade and plays piano in a jazz trio. Her courses are built around short daily practice and lots of listening.',
    payoutCountry: 'DE',
    locale: 'en',
  },
];
