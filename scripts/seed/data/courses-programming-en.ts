import type { CourseSpec } from './course-spec';

export const PROGRAMMING_EN_COURSES: CourseSpec[] = [
  {
    slug: 'typescript-from-zero',
    category: 'programming',
    creator: 'maya',
    lang: 'en',
    level: 'beginner',
    title: 'TypeScript from Zero',
    subtitle: 'Types that catch bugs before your users do',
    price: 4999,
    featured: true,
    pitch:
      'TypeScript is JavaScript with a safety net. This course starts from plain JavaScript and adds types one idea at a time, so you always know why a feature exists before you use it.',
    outcomes: [
      'Read and write type annotations, unions and generics with confidence',
      'Model real data with interfaces and discriminated unions',
      'Configure a strict TypeScript project from scratch',
      'Migrate an existing JavaScript file without breaking it',
    ],
    audience: [
      'JavaScript developers tired of "undefined is not a function"',
      'Beginners who know the basics of one programming language',
    ],
    tags: ['typescript', 'javascript', 'web development'],
    outline:
      'Getting started: Why types at all; Installing the compiler; Your first typed function / Everyday types: Primitives and arrays; Objects and interfaces; Unions and narrowing; Working with null / Going further: Generics without fear; Utility types; Migrating a JavaScript project',
  },
  {
    slug: 'testing-javascript',
    category: 'programming',
    creator: 'maya',
    lang: 'en',
    level: 'intermediate',
    title: 'Testing JavaScript Applications',
    subtitle: 'Unit, integration and end-to-end tests that earn their keep',
    price: 5999,
    pitch:
      'Tests are only useful when they fail for the right reasons. Learn to write tests that describe behaviour, survive refactoring and run fast enough that you actually run them.',
    outcomes: [
      'Choose between unit, integration and end-to-end tests for a given risk',
      'Write readable tests with Vitest and Playwright',
      'Test code that talks to a database without mocking everything',
      'Keep a test suite fast as the project grows',
    ],
    audience: [
      'Developers who ship JavaScript or TypeScript to production',
      'Teams whose tests break on every refactor',
    ],
    tags: ['testing', 'javascript', 'vitest', 'playwright'],
    outline:
      'Foundations: What a good test looks like; The testing pyramid revisited; Setting up Vitest / Real code: Testing pure functions; Testing with a real database; Fakes, stubs and when to mock / End to end: Playwright basics; Stable selectors; Running tests in CI',
  },
  {
    slug: 'rust-for-web-developers',
    category: 'programming',
    creator: 'maya',
    lang: 'en',
    level: 'intermediate',
    title: 'Rust for Web Developers',
    subtitle: 'Ownership, borrowing and a fast HTTP service',
    price: 6999,
    status: 'draft',
    pitch:
      'A hands-on path into Rust for people who already build web apps. We write a small HTTP service and meet ownership, lifetimes and error handling as the code needs them.',
    outcomes: [
      'Explain ownership and borrowing with your own examples',
      'Handle errors with Result and the ? operator',
      'Build and test a JSON API with axum',
      'Profile and speed up a hot path',
    ],
    audience: [
      'Web developers curious about systems programming',
      'Go or Node developers who want more speed and safety',
    ],
    tags: ['rust', 'backend', 'performance'],
    outline:
      'First steps: Installing Rust; Cargo and crates; Ownership in ten minutes / Building the service: Routing with axum; Shared state; Error handling',
  },
  {
    slug: 'angularjs-maintenance',
    category: 'programming',
    creator: 'maya',
    lang: 'en',
    level: 'advanced',
    title: 'Maintaining AngularJS 1.x Apps',
    subtitle: 'Keep a legacy front end alive while you plan the migration',
    price: 2999,
    status: 'archived',
    pitch:
      'Many businesses still run AngularJS applications. This course shows how to keep one healthy, secure and testable while you plan its replacement.',
    outcomes: [
      'Find and fix common digest-cycle performance problems',
      'Add tests to untested controllers',
      'Plan an incremental migration',
    ],
    audience: ['Developers who inherited an AngularJS code base'],
    tags: ['angularjs', 'legacy code', 'javascript'],
    outline:
      'Triage: Reading an unfamiliar AngularJS app; Digest cycle pitfalls / Migration: Strangler pattern for front ends; Moving one screen at a time',
  },
  {
    slug: 'git-essentials',
    category: 'programming',
    creator: 'maya',
    lang: 'en',
    level: 'beginner',
    title: 'Git Essentials',
    subtitle: 'Branch, commit and collaborate without fear',
    price: 0,
    pitch:
      'Version control is the first tool every developer needs and the one most people learn by accident. In one afternoon you will understand what Git actually stores and how to undo almost anything.',
    outcomes: [
      'Commit, branch and merge with a clear mental model',
      'Resolve merge conflicts calmly',
      'Undo mistakes with restore, revert and reflog',
      'Work with pull requests on a shared repository',
    ],
    audience: ['New developers and students', 'Designers and writers who work with developers'],
    tags: ['git', 'version control', 'tools'],
    outline:
      'The model: Snapshots, not diffs; Your first repository; Staging and committing / Working together: Branches and merges; Resolving conflicts; Pull requests / Undo: Restore and revert; The reflog safety net',
  },
  {
    slug: 'modern-react-patterns',
    category: 'programming',
    creator: 'sofia',
    lang: 'en',
    level: 'intermediate',
    title: 'Modern React Patterns',
    subtitle: 'Server components, forms and state that stays simple',
    price: 7999,
    featured: true,
    pitch:
      'React has changed more in the last two years than in the five before. This course teaches the patterns that hold up today: server components for data, actions for forms and very little client state.',
    outcomes: [
      'Decide what runs on the server and what runs in the browser',
      'Build forms that work without JavaScript and feel instant with it',
      'Keep client state small and local',
      'Make components accessible by default',
    ],
    audience: [
      'Developers who learned React with hooks and want to catch up',
      'Designers who code their own prototypes',
    ],
    tags: ['react', 'javascript', 'frontend', 'accessibility'],
    outline:
      'The new model: Server and client components; Data fetching on the server; Streaming and suspense / Forms and actions: Progressive enhancement; Optimistic updates; Validation messages / Craft: Accessible components; Performance budgets',
  },
];
