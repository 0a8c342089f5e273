import { ScaffoldError } from './sourceText';

/** A cloud function's name: one lower-case word, like `matter`, `visit` or `casework`. */
export function checkFunctionName(fn: string): string {
  if (!/^[a-z][a-z0-9]{1,30}$/.test(fn))
    throw new ScaffoldError(`函数名“${fn}”不合规范：请用一个小写英文单词，如 casework`);
  return fn;
}

/** An action's name: lowerCamelCase, like `raise` or `answerEscalation`. */
export function checkActionName(action: string): string {
  if (!/^[a-z][A-Za-z0-9]{1,40}$/.test(action)) {
    throw new ScaffoldError(`动作名“${action}”不合规范：请用小驼峰英文，如 takeOrder`);
  }
  return action;
}

/** Where a function's service modules live: `matter` -> `matters/` (the house's folder names). */
export function serviceFolderOf(fn: string): string {
  return `${fn}s`;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
