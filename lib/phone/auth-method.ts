export type AuthMethod = 'email' | 'phone';

/** zh-CN visitors see the phone form first; `?method=` picks explicitly. */
export function pickMethod(param: unknown, locale: string): AuthMethod {
  if (param === 'email' || param === 'phone') return param;
  return locale === 'zh-CN' ? 'phone' : 'email';
}

/** Tab order: the locale's usual method first. */
export function methodOrder(locale: string): AuthMethod[] {
  return locale === 'zh-CN' ? ['phone', 'email'] : ['email', 'phone'];
}
