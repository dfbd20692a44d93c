import type { CourseSpec } from './course-spec';

export const DESIGN_COURSES: CourseSpec[] = [
  {
    slug: 'ui-design-fundamentals',
    category: 'design',
    creator: 'sofia',
    lang: 'en',
    level: 'beginner',
    title: 'UI Design Fundamentals',
    subtitle: 'Layout, type, colour and hierarchy for screens',
    price: 4999,
    featured: true,
    pitch:
      'Good interfaces are not magic; they follow a handful of principles. Learn the fundamentals of layout, typography, colour and visual hierarchy, then apply them to three redesign exercises.',
    outcomes: [
      'Build layouts on a consistent spacing grid',
      'Pair typefaces and set readable type',
      'Choose accessible colour palettes',
      'Critique and improve an existing screen',
    ],
    audience: [
      'Aspiring UI and product designers',
      'Developers who want their side projects to look good',
    ],
    tags: ['ui design', 'typography', 'color', 'layout'],
    outline:
      'Principles: Visual hierarchy; Spacing and grids / Type and colour: Typography for screens; Colour and contrast / Practice: Redesign a sign-up form; Redesign a dashboard; Giving and taking critique',
  },
  {
    slug: 'figma-masterclass',
    category: 'design',
    creator: 'sofia',
    lang: 'en',
    level: 'intermediate',
    title: 'Figma Masterclass',
    subtitle: 'Components, variables and auto layout in real projects',
    price: 5999,
    pitch:
      'Go from drawing rectangles to building a component library your whole team can use. Every technique is practised on a realistic product file.',
    outcomes: [
      'Build responsive components with auto layout',
      'Use variables for themes and modes',
      'Organise a shared library',
      'Prototype realistic interactions',
    ],
    audience: ['Designers who use Figma daily', 'Developers handing off designs'],
    tags: ['figma', 'ui design', 'prototyping'],
    outline:
      'Foundations: Frames and auto layout; Constraints / Components: Variants; Variables and modes; Publishing a library / Prototyping: Interactive components; Handoff to developers',
  },
  {
    slug: 'design-systems',
    category: 'design',
    creator: 'sofia',
    lang: 'en',
    level: 'advanced',
    title: 'Design Systems in Practice',
    subtitle: 'Tokens, documentation and adoption',
    price: 8999,
    pitch:
      'A design system is a product whose users are your colleagues. Learn how to plan one, define tokens, document components and, hardest of all, get teams to adopt it.',
    outcomes: [
      'Audit an existing product for inconsistencies',
      'Define design tokens shared by design and code',
      'Write component documentation people read',
      'Measure and grow adoption',
    ],
    audience: [
      'Senior designers and design leads',
      'Front-end engineers working on component libraries',
    ],
    tags: ['design systems', 'design tokens', 'ui design'],
    outline:
      'Planning: The interface audit; Scoping version one / Building: Design tokens; Component anatomy; Documentation / Adoption: Governance; Measuring adoption',
  },
  {
    slug: 'ux-research-basics',
    category: 'design',
    creator: 'sofia',
    lang: 'en',
    level: 'beginner',
    title: 'UX Research Basics',
    subtitle: 'Interviews, usability tests and turning findings into decisions',
    price: 0,
    pitch:
      'Talking to users is the cheapest way to avoid building the wrong thing. This free course covers planning interviews, running usability tests and sharing findings that change decisions.',
    outcomes: [
      'Write an interview guide without leading questions',
      'Run a five-person usability test',
      'Synthesise findings with affinity mapping',
      'Present research that changes decisions',
    ],
    audience: ['Designers, product managers and founders'],
    tags: ['ux research', 'usability testing', 'product design'],
    outline:
      'Planning: Research questions; Recruiting participants / Doing: Interviews; Usability tests / Sharing: Synthesis; Presenting findings',
  },
  {
    slug: 'illustration-procreate',
    category: 'design',
    creator: 'sofia',
    lang: 'en',
    level: 'all',
    title: 'Digital Illustration with Procreate',
    subtitle: 'Draw confidently on the iPad',
    price: 3999,
    pitch:
      'A relaxed, project-based introduction to digital illustration. Learn brushes, layers and colour, and finish the course with a set of illustrated postcards.',
    outcomes: [
      'Set up a comfortable Procreate workspace',
      'Use layers, masks and blend modes',
      'Build a limited colour palette',
      'Finish and export a postcard series',
    ],
    audience: [
      'Beginners who want to draw for fun',
      'Designers adding illustration to their toolkit',
    ],
    tags: ['illustration', 'procreate', 'drawing'],
    outline:
      'Tools: Brushes and canvas; Layers and masks / Drawing: Shapes to objects; Colour palettes / Project: Sketching the series; Finishing and exporting',
  },
  {
    slug: 'brand-visual-identity-zh',
    category: 'design',
    creator: 'zhangmin',
    lang: 'zh',
    level: 'intermediate',
    title: '品牌视觉设计',
    subtitle: '从标志到整套视觉识别系统',
    price: 15900,
    pitch:
      '一个好的品牌视觉，要让人一眼认出、过目不忘。本课程通过三个真实品牌案例，讲解标志设计、色彩与字体选择，以及如何输出一套完整的视觉规范。',
    outcomes: [
      '理解品牌定位与视觉表达的关系',
      '掌握标志设计的基本方法',
      '建立品牌色彩与字体规范',
      '输出一份完整的品牌手册',
    ],
    audience: ['平面与品牌设计师', '需要做品牌的创业者'],
    tags: ['品牌设计', '视觉设计', '标志设计'],
    outline:
      '定位: 品牌是什么; 从定位到视觉 / 设计: 标志设计; 色彩与字体 / 落地: 视觉规范手册; 案例复盘',
  },
  {
    slug: 'ui-design-zh',
    category: 'design',
    creator: 'sofia',
    lang: 'zh',
    level: 'beginner',
    title: 'UI 设计入门：从零做一个 App 界面',
    subtitle: '布局、配色、字体与交互的基本功',
    price: 9900,
    pitch:
      '本课程带你从零开始完成一个记账 App 的界面设计。每一节聚焦一个基本功：栅格布局、字体层级、配色与组件，最后整理成可交付的设计稿。',
    outcomes: [
      '掌握移动端界面的布局规范',
      '建立清晰的字体与颜色层级',
      '设计常用的界面组件',
      '输出规范的交付文件',
    ],
    audience: ['想转行 UI 设计的同学', '需要自己做界面的产品经理和开发者'],
    tags: ['ui设计', '界面设计', 'app设计'],
    outline:
      '基础: 界面设计的基本原则; 栅格与间距 / 视觉: 字体层级; 配色方案 / 实战: 设计记账 App; 交付与标注',
  },
];
