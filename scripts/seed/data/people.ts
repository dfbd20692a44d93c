export const EN_FIRST = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Lucas', 'Mia', 'Mason', 'Isabella', 'Logan',
  'Amelia', 'James', 'Harper', 'Benjamin', 'Evelyn', 'Elijah', 'Abigail', 'Oliver', 'Chloe', 'Daniel',
  'Grace', 'Samuel', 'Zoe', 'Henry', 'Nora', 'Leo', 'Hannah', 'Jack', 'Priya', 'Arjun', 'Aisha', 'Omar',
  'Fatima', 'Diego', 'Lucia', 'Mateo', 'Yuki', 'Kenji', 'Min-jun', 'Seo-yeon', 'Anna', 'Felix', 'Lena',
  'Tomás', 'Sara', 'Ahmed', 'Nadia', 'Kofi',
];

export const EN_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Wilson',
  'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris',
  'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Patel',
  'Sharma', 'Khan', 'Nguyen', 'Kim', 'Park', 'Tanaka', 'Müller', 'Schmidt', 'Rossi', 'Silva', 'Mensah',
];

export const ZH_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何',
  '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田',
  '董', '潘', '袁', '蔡', '蒋', '余', '于', '杜', '叶', '程', '魏', '苏', '吕', '丁', '沈', '欧阳',
];

export const ZH_GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超',
  '秀英', '霞', '平', '刚', '桂英', '子涵', '欣怡', '梓轩', '浩然', '雨桐', '宇航', '思远', '嘉怡',
  '一鸣', '诗涵', '晨曦', '俊杰', '佳琪', '文博', '若曦', '志强', '晓东', '海燕', '雅婷', '建华',
  '梦瑶', '天宇', '心怡', '子墨', '书瑶', '昊天', '可欣', '明轩',
];
