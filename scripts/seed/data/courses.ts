import type { CourseSpec } from './course-spec';
import { ARTS_COURSES } from './courses-arts';
import { BUSINESS_COURSES } from './courses-business';
import { DATA_COURSES } from './courses-data';
import { DESIGN_COURSES } from './courses-design';
import { GROWTH_FINANCE_COURSES } from './courses-growth-finance';
import { PROGRAMMING_EN_COURSES } from './courses-programming-en';
import { PROGRAMMING_ZH_COURSES } from './courses-programming-zh';

export const COURSE_SPECS: CourseSpec[] = [
  ...PROGRAMMING_EN_COURSES,
  ...PROGRAMMING_ZH_COURSES,
  ...DATA_COURSES,
  ...DESIGN_COURSES,
  ...BUSINESS_COURSES,
  ...GROWTH_FINANCE_COURSES,
  ...ARTS_COURSES,
];
