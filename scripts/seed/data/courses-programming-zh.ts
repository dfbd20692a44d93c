import type { CourseSpec } from './course-spec';

export const PROGRAMMING_ZH_COURSES: CourseSpec[] = [
  {
    slug: 'python-zero-to-hero-zh',
    category: 'programming',
    creator: 'maya',
    lang: 'zh',
    level: 'beginner',
    title: 'Python 零基础入门',
    subtitle: '从第一行代码到能解决实际问题的小程序',
    price: 9900,
    featured: true,
    pitch:
      '这门课面向完全没有编程经验的同学。我们不背语法表，而是每一节都写一个能跑起来的小程序：计算器、记账本、批量重命名文件……学完之后，你能用 Python 解决工作和生活中的小问题。',
    outcomes: [
      '掌握变量、条件、循环和函数等基本概念',
      '会用列表、字典处理数据',
      '能读写文件、处理 Excel 表格',
      '独立完成一个自动化办公小工具',
    ],
    audience: ['零基础、想学第一门编程语言的同学', '想用编程提高办公效率的职场人'],
    tags: ['python', '零基础', '编程入门', '自动化办公'],
    outline:
      '准备工作: 为什么选择 Python; 安装 Python 与编辑器; 写下第一行代码 / 基础语法: 变量与数据类型; 条件判断; 循环; 函数 / 实战项目: 读写文件; 处理 Excel 表格; 做一个批量重命名工具',
  },
  {
    slug: 'algorithms-interview-zh',
    category: 'programming',
    creator: 'maya',
    lang: 'zh',
    level: 'intermediate',
    title: '数据结构与算法精讲',
    subtitle: '面试常考题型 + 工程中真正用得上的思路',
    price: 19900,
    pitch:
      '算法不只是为了面试。本课程用图解和 Python 代码讲清楚常见数据结构与算法，并总结面试中最常见的十类题型的解题套路。',
    outcomes: [
      '理解时间复杂度与空间复杂度',
      '掌握数组、链表、栈、队列、哈希表、树和图',
      '熟练运用双指针、二分、动态规划等技巧',
      '能在白板上讲清楚自己的解题思路',
    ],
    audience: ['准备技术面试的同学', '想打牢计算机基础的开发者'],
    tags: ['算法', '数据结构', '面试', 'python'],
    outline:
      '基础: 复杂度分析; 数组与链表; 栈和队列 / 进阶结构: 哈希表; 二叉树; 图的遍历 / 解题套路: 双指针; 二分查找; 动态规划入门; 面试实战演练',
  },
  {
    slug: 'go-basics-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'beginner',
    title: 'Go 语言入门与实践',
    subtitle: '写出简洁、高效、易维护的后端代码',
    price: 14900,
    featured: true,
    pitch:
      'Go 语言语法简单、性能出色，已经成为云原生和后端开发的主流选择。本课程从环境搭建讲起，一步步带你写出一个完整的命令行工具和 Web 服务。',
    outcomes: [
      '掌握 Go 的基本语法与类型系统',
      '理解接口和组合的设计思想',
      '会用标准库编写 HTTP 服务',
      '掌握 Go 项目的测试与发布流程',
    ],
    audience: ['有其他语言基础、想转向 Go 的开发者', '想系统学习后端开发的同学'],
    tags: ['go', 'golang', '后端开发'],
    outline:
      '快速上手: Go 语言简介; 安装与环境配置; 第一个 Go 程序 / 语言核心: 变量与类型; 切片与映射; 结构体与方法; 接口 / 项目实战: 命令行工具; 编写 HTTP 服务; 单元测试与发布',
  },
  {
    slug: 'go-concurrency-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'advanced',
    title: 'Go 并发编程实战',
    subtitle: 'goroutine、channel 与高并发服务设计',
    price: 24900,
    pitch:
      '并发是 Go 最有魅力也最容易踩坑的部分。本课程通过大量真实案例，讲解 goroutine 调度、channel 模式、锁与原子操作，以及如何排查数据竞争和泄漏。',
    outcomes: [
      '理解 Go 调度器的基本原理',
      '熟练使用 channel、select 和 context',
      '识别并修复数据竞争与 goroutine 泄漏',
      '设计可控的高并发任务处理系统',
    ],
    audience: ['已经会写 Go、想深入并发的开发者', '负责高并发服务的后端工程师'],
    tags: ['go', '并发编程', '高并发', '性能优化'],
    outline:
      '原理: goroutine 与调度器; 内存模型 / 常用模式: channel 基础; select 与超时; context 取消传播; 工作池模式 / 排错与优化: 数据竞争检测; goroutine 泄漏排查; 压测与调优',
  },
  {
    slug: 'distributed-systems-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'advanced',
    title: '分布式系统设计',
    subtitle: '从单机到集群：一致性、容错与扩展',
    price: 29900,
    pitch:
      '当系统从一台机器扩展到一百台，问题的性质就变了。本课程讲解分布式系统的核心概念，并结合真实架构案例分析取舍。',
    outcomes: [
      '理解 CAP、一致性模型与共识算法的基本思想',
      '设计可水平扩展的服务',
      '掌握缓存、消息队列与分库分表的常见方案',
      '能够评审一份分布式架构设计',
    ],
    audience: ['有两年以上后端经验的工程师', '准备架构师面试的同学'],
    tags: ['分布式', '系统设计', '架构', '后端开发'],
    outline:
      '核心概念: 为什么分布式很难; 一致性模型; 共识算法 Raft / 常用组件: 缓存设计; 消息队列; 分库分表 / 架构案例: 秒杀系统; 订单系统; 架构评审清单',
  },
  {
    slug: 'mysql-performance-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'intermediate',
    title: 'MySQL 性能优化实战',
    subtitle: '索引、执行计划与慢查询治理',
    price: 19900,
    pitch:
      '大多数性能问题最终都会落到数据库上。本课程教你读懂执行计划、设计合适的索引，并建立一套慢查询治理流程。',
    outcomes: [
      '理解 B+ 树索引的工作原理',
      '读懂 EXPLAIN 输出并定位瓶颈',
      '设计联合索引与覆盖索引',
      '掌握事务隔离级别与锁的常见问题',
    ],
    audience: ['经常写 SQL 的后端开发者', '负责数据库运维的工程师'],
    tags: ['mysql', '数据库', '性能优化', 'sql'],
    outline:
      '索引: B+ 树原理; 联合索引; 覆盖索引 / 查询优化: 读懂 EXPLAIN; 慢查询日志; 改写 SQL 的技巧 / 事务与锁: 隔离级别; 死锁排查',
  },
  {
    slug: 'vue3-frontend-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'beginner',
    title: 'Vue 3 前端开发入门',
    subtitle: '组件化思维 + 实战一个待办应用',
    price: 0,
    pitch:
      '这是一门免费的前端入门课。我们从 HTML 和 JavaScript 的基础出发，用 Vue 3 组合式 API 完成一个待办事项应用，帮助你建立组件化开发的思维方式。',
    outcomes: [
      '理解响应式数据与组件的概念',
      '掌握组合式 API 的基本用法',
      '会用路由和状态管理组织应用',
      '把项目部署到线上',
    ],
    audience: ['想入门前端开发的同学', '后端开发者想了解前端'],
    tags: ['vue', '前端开发', 'javascript'],
    outline:
      '起步: 前端开发环境; Vue 3 简介 / 组件: 模板语法; 响应式数据; 组件通信 / 实战: 待办应用; 路由; 部署上线',
  },
  {
    slug: 'microservices-zh',
    category: 'programming',
    creator: 'wanglei',
    lang: 'zh',
    level: 'intermediate',
    title: '微服务架构实战',
    subtitle: '用 Go 和 Kubernetes 搭建一套可观测的服务',
    price: 25900,
    pitch:
      '微服务不是银弹。本课程带你从一个单体应用出发，按业务边界拆分服务，并补齐服务发现、链路追踪、日志和监控等基础设施。',
    outcomes: [
      '判断什么时候该拆分服务',
      '用 gRPC 设计服务间接口',
      '在 Kubernetes 上部署和扩缩容',
      '建立日志、指标与链路追踪',
    ],
    audience: ['有一定后端经验、正在考虑微服务的团队', '想了解云原生技术栈的开发者'],
    tags: ['微服务', 'go', 'kubernetes', '云原生'],
    outline:
      '拆分: 单体的问题; 按领域拆分服务 / 通信: gRPC 入门; 服务发现与负载均衡 / 运维: 容器化; Kubernetes 部署; 可观测性',
  },
];
