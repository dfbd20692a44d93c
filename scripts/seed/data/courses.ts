import type { CourseSpec } from './course-spec';
import { ARTS_COURSES } from './courses-arts';
import { BUSINESS_COURSES } from './courses-business';
import { DATA_DESIGN_COURSES } from './courses-data-design';
import { GROWTH_FINANCE_COURSES } from './courses-growth-finance';
import { PROGRAMMING_COURSES } from './courses-programming';

export const COURSE_SPECS: CourseSpec[] = [
  ...PROGRAMMING_COURSES,
  ...DATA_DESIGN_COURSES,
  ...BUSINESS_COURSES,
  ...GROWTH_FINANCE_COURSES,
  ...ARTS_COURSES,
];
