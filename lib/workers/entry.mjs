// Worker-thread entry of the CPU pool (./pool.ts). Plain JavaScript on purpose: Node loads this file
// as it is on disk, under `next start` (the Turbopack build does not bundle worker files), Vitest and
// tsx alike. It loads the TypeScript tasks through tsx, a runtime dependency that `npm start` already
// uses, which also resolves the project's `@/` paths from tsconfig.json.
import { tsImport } from 'tsx/esm/api';

const { runNamedTask } = await tsImport('./tasks.ts', import.meta.url);

/** @param {{ name: string, input: unknown }} task */
export default function run(task) {
  return runNamedTask(task.name, task.input);
}
