import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ScaffoldError } from './sourceText';

/** One file the scaffold writes: created when `before` is null, otherwise changed. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string;
}

/** The repository as the scaffold sees it: read a file (null when absent). Tests give a temp copy. */
export interface RepoFiles {
  root: string;
  read(relativePath: string): string | null;
}

export function repoAt(root: string): RepoFiles {
  return {
    root,
    read(relativePath) {
      const file = path.join(root, relativePath);
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    },
  };
}

export function applyChanges(root: string, changes: FileChange[]): void {
  for (const change of changes) {
    const file = path.join(root, change.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, change.after);
  }
}

/** Reads a file the plan needs, or says which one is missing. */
export function mustRead(repo: RepoFiles, relativePath: string): string {
  const text = repo.read(relativePath);
  if (text === null) throw new ScaffoldError(`缺少文件 ${relativePath}`);
  return text;
}
