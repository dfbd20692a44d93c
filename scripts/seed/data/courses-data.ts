import type { CourseSpec } from './course-spec';

export const DATA_COURSES: CourseSpec[] = [
  {
    slug: 'practical-pandas',
    category: 'data-ai',
    creator: 'maya',
    lang: 'en',
    level: 'beginner',
    title: 'Practical Data Analysis with pandas',
    subtitle: 'Clean, reshape and explain real datasets',
    price: 3999,
    pitch:
      'Most of data work is getting messy data into shape. Using three real public datasets, you will clean, join, reshape and chart data with pandas, and write up what you found.',
    outcomes: [
      'Load CSV, Excel and JSON data into DataFrames',
      'Clean missing and inconsistent values',
      'Group, pivot and join tables',
      'Tell a clear story with charts',
    ],
    audience: ['Analysts moving from spreadsheets to Python', 'Students starting in data science'],
    tags: ['pandas', 'python', 'data analysis'],
    outline:
      'Setup: Notebooks and environments; Loading data / Cleaning: Missing values; Types and dates; Joining tables / Analysis: Grouping and pivoting; Charts that explain; Writing up results',
  },
  {
    slug: 'statistics-for-data-science',
    category: 'data-ai',
    creator: 'priya',
    lang: 'en',
    level: 'beginner',
    title: 'Statistics for Data Science',
    subtitle: 'The intuition behind the formulas',
    price: 4999,
    featured: true,
    pitch:
      'You do not need to memorise formulas to reason well with data. This course builds intuition with simulations first and then connects them to the standard tests and intervals.',
    outcomes: [
      'Describe data with the right summary statistics',
      'Understand sampling, confidence intervals and p-values',
      'Run and interpret A/B tests',
      'Avoid the most common statistical mistakes',
    ],
    audience: [
      'Analysts, product managers and engineers who work with metrics',
      'Anyone starting a data science career',
    ],
    tags: ['statistics', 'data science', 'ab testing'],
    outline:
      'Describing data: Distributions; Centre and spread / Inference: Sampling by simulation; Confidence intervals; Hypothesis tests / Practice: A/B testing end to end; Common mistakes',
  },
  {
    slug: 'machine-learning-foundations',
    category: 'data-ai',
    creator: 'priya',
    lang: 'en',
    level: 'intermediate',
    title: 'Machine Learning Foundations',
    subtitle: 'From linear regression to gradient boosting',
    price: 7999,
    featured: true,
    pitch:
      'A practical, honest introduction to supervised learning with scikit-learn. Every model is trained on real data, evaluated properly and compared against a simple baseline.',
    outcomes: [
      'Frame a business question as a learning problem',
      'Train and tune regression and classification models',
      'Evaluate with cross-validation and the right metric',
      'Explain model predictions to non-technical colleagues',
    ],
    audience: [
      'Developers and analysts comfortable with Python',
      'Data scientists who want firmer foundations',
    ],
    tags: ['machine learning', 'scikit-learn', 'python'],
    outline:
      'The workflow: Problem framing; Baselines first / Models: Linear models; Trees and forests; Gradient boosting / Evaluation: Cross-validation; Metrics that matter; Explaining predictions',
  },
  {
    slug: 'sql-for-analysts',
    category: 'data-ai',
    creator: 'priya',
    lang: 'en',
    level: 'beginner',
    title: 'SQL for Analysts',
    subtitle: 'Answer business questions straight from the database',
    price: 0,
    pitch:
      'SQL is the most useful language an analyst can learn. We start with SELECT and end with window functions, always answering a real question from a sample shop database.',
    outcomes: [
      'Filter, sort and aggregate data',
      'Join tables without duplicating rows',
      'Use window functions for rankings and running totals',
      'Write readable queries with CTEs',
    ],
    audience: ['Analysts and marketers who rely on others for data', 'Beginners in data'],
    tags: ['sql', 'data analysis', 'databases'],
    outline:
      'Basics: SELECT and WHERE; Sorting and limiting; Aggregates / Combining: Joins explained; Subqueries and CTEs / Advanced: Window functions; Cohort analysis',
  },
  {
    slug: 'deep-learning-pytorch',
    category: 'data-ai',
    creator: 'priya',
    lang: 'en',
    level: 'advanced',
    title: 'Deep Learning with PyTorch',
    subtitle: 'Build, train and debug neural networks',
    price: 9999,
    pitch:
      'Go beyond tutorials: write training loops yourself, understand what every line does, and learn the debugging habits that make deep learning projects succeed.',
    outcomes: [
      'Write a training loop from scratch',
      'Build convolutional and transformer models',
      'Diagnose underfitting, overfitting and unstable training',
      'Fine-tune a pretrained model',
    ],
    audience: ['Developers with machine learning basics', 'Researchers moving to PyTorch'],
    tags: ['deep learning', 'pytorch', 'neural networks'],
    outline:
      'Tensors: Tensors and autograd; A training loop from scratch / Architectures: Convolutional networks; Attention and transformers / Practice: Debugging training; Fine-tuning pretrained models',
  },
  {
    slug: 'ml-intro-zh',
    category: 'data-ai',
    creator: 'maya',
    lang: 'zh',
    level: 'beginner',
    title: '机器学习入门',
    subtitle: '用 Python 和真实数据理解核心算法',
    price: 19900,
    pitch:
      '机器学习并不神秘。本课程用通俗的语言和图示讲解线性回归、决策树、聚类等核心算法，并用 scikit-learn 完成房价预测、用户分群等实战项目。',
    outcomes: [
      '理解监督学习与无监督学习的区别',
      '掌握常用算法的原理与适用场景',
      '会用交叉验证评估模型',
      '完成两个完整的机器学习项目',
    ],
    audience: ['有 Python 基础、想入门机器学习的同学', '希望用数据驱动决策的产品和运营'],
    tags: ['机器学习', 'python', '人工智能'],
    outline:
      '入门: 什么是机器学习; 准备数据 / 核心算法: 线性回归; 逻辑回归; 决策树与随机森林; 聚类 / 项目实战: 房价预测; 用户分群',
  },
  {
    slug: 'python-data-analysis-zh',
    category: 'data-ai',
    creator: 'wanglei',
    lang: 'zh',
    level: 'beginner',
    title: '用 Python 做数据分析',
    subtitle: 'pandas + 可视化，告别手工做报表',
    price: 12900,
    pitch:
      '每周重复做报表？本课程教你用 pandas 处理表格数据、用 Matplotlib 画图，把几个小时的手工工作变成几秒钟的脚本。',
    outcomes: [
      '用 pandas 读取和清洗数据',
      '完成分组统计与透视表',
      '画出清晰的业务图表',
      '自动生成周报',
    ],
    audience: ['经常和 Excel 打交道的职场人', '想转行数据分析的同学'],
    tags: ['数据分析', 'pandas', 'python', '可视化'],
    outline:
      '基础: 认识 pandas; 读取数据 / 处理: 数据清洗; 分组与透视 / 展示: 图表可视化; 自动化周报',
  },
  {
    slug: 'llm-apps-zh',
    category: 'data-ai',
    creator: 'maya',
    lang: 'zh',
    level: 'intermediate',
    title: '大模型应用开发实战',
    subtitle: '提示词、检索增强与评测',
    price: 29900,
    status: 'in_review',
    pitch:
      '从调用接口到上线一个可靠的大模型应用，中间还有很多工程问题。本课程讲解提示词设计、检索增强生成（RAG）、结构化输出与效果评测。',
    outcomes: [
      '设计稳定可复用的提示词',
      '搭建检索增强生成流程',
      '为模型输出建立评测集',
      '控制成本与延迟',
    ],
    audience: ['想把大模型用进产品的开发者'],
    tags: ['大模型', '人工智能', 'rag', 'python'],
    outline:
      '基础: 大模型能做什么; 提示词设计 / 检索增强: 文本切分与向量检索; 构建问答系统 / 上线: 效果评测; 成本与延迟',
  },
];
