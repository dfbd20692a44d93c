/** Review bodies by rating band (low 1–2, mid 3, high 4–5). */
export const REVIEWS = {
  en: {
    high: [
      'Clear, practical and well paced. I used the exercises at work the same week.',
      'Exactly the level I needed. The examples are small but realistic.',
      'One of the best courses I have taken online. The instructor explains the why, not just the how.',
      'Great structure. Every lesson builds on the last and nothing feels like filler.',
      'I finally understand this topic. The handouts are excellent for revision.',
      'Worth every minute. I would love a follow-up course on the advanced topics.',
    ],
    mid: [
      'Solid content, but some sections move a bit fast for a beginner.',
      'Good overview. I wish there were more exercises with solutions.',
      'Useful, although parts of it repeat what I already knew.',
    ],
    low: [
      'Too basic for me; the description could be clearer about the level.',
      'The audio in a few lessons is quiet and the pace is uneven.',
      'Not what I expected. Most of the material is available for free elsewhere.',
    ],
  },
  zh: {
    high: [
      '讲得非常清楚，节奏也合适，学完第二天就用到了工作中。',
      '内容扎实，例子贴近实际，不是那种只讲概念的课。',
      '老师不仅讲怎么做，还讲为什么这么做，收获很大。',
      '结构清晰，每一节都在前一节的基础上推进，没有废话。',
      '终于把这个知识点弄懂了，配套资料很适合复习。',
      '物超所值，期待老师出进阶课程！',
    ],
    mid: [
      '内容不错，但对零基础来说有些地方讲得偏快。',
      '整体还可以，希望能多一些带答案的练习。',
      '有收获，不过部分内容和我之前了解的有重复。',
    ],
    low: [
      '对我来说太基础了，课程介绍里应该写清楚难度。',
      '有几节音量偏小，节奏也不太均匀。',
      '和预期不太一样，很多内容网上都能免费找到。',
    ],
  },
} as const;

/** Lesson Q&A: a learner's question and the creator's answer, paired. */
export const QA: Record<'en' | 'zh', [question: string, answer: string][]> = {
  en: [
    [
      'Is there a recommended order for the exercises, or can I skip around?',
      'Good question! The exercises build on each other within a section, so do those in order. Sections themselves can be taken in any order after the first one.',
    ],
    [
      'I get a different result from the example. Is that expected?',
      'Small differences are normal if your version differs from mine. If the difference is large, post your input and output here and I will take a look.',
    ],
    [
      'Could you recommend further reading on this topic?',
      'Yes: the resources list in the last section has three books and two free articles I trust. Start with the shortest one.',
    ],
    [
      'How much time per week do you suggest for this course?',
      'About two to three hours a week works well: two short sessions plus one longer practice session.',
    ],
    [
      'Will this be useful if I am switching careers?',
      'Definitely. The final project is designed to be something you can show in a portfolio or an interview.',
    ],
  ],
  zh: [
    [
      '练习需要按顺序做吗？可以跳着学吗？',
      '同一章节内的练习是层层递进的，建议按顺序完成；学完第一章之后，其他章节可以按兴趣选择顺序。',
    ],
    [
      '我运行的结果和视频里不一样，正常吗？',
      '如果版本不同，出现细微差异是正常的。如果差别很大，可以把你的输入和输出贴在这里，我帮你看看。',
    ],
    [
      '老师能推荐一些延伸阅读吗？',
      '可以，最后一章的资料清单里有三本书和两篇免费文章，建议先从篇幅最短的那篇开始。',
    ],
    ['每周大概需要投入多少时间？', '每周两到三个小时比较合适：两次短时间学习，加一次较长的练习。'],
    [
      '转行的话学这门课有用吗？',
      '有用。最后的综合项目就是按照作品集的标准设计的，可以直接用在简历和面试里。',
    ],
  ],
};

/** Notes under a video, audio or PDF lesson. */
export const MEDIA_NOTES = {
  en: [
    '## Lesson notes\n\n- Pause whenever the lesson asks a question and answer it before continuing.\n- The PDF handout in this course summarises the key points for revision.\n- Questions? Ask them in the Q&A below this lesson.',
    '## Try it yourself\n\n1. Watch or listen once without notes.\n2. Repeat the example on your own.\n3. Change one thing and predict what will happen before you check.',
  ],
  zh: [
    '## 本节笔记\n\n- 遇到讲师提问时，先暂停，自己回答后再继续；\n- 课程里的 PDF 讲义总结了重点，方便复习；\n- 有疑问可以在下方的问答区留言。',
    '## 动手试一试\n\n1. 先完整看（听）一遍，不做笔记；\n2. 自己独立重复一遍示例；\n3. 改动一处，先预测结果，再验证。',
  ],
} as const;
