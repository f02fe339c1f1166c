/** Severity of a problem: errors block export, warnings only inform. */
export type Severity = 'error' | 'warning'

/** A one-click repair that the editor can apply to the whole project. */
export type FixId = 'renumber-scenes'

/** One thing wrong with a project, located by its JSON path. */
export interface Problem {
  severity: Severity
  /** JSON path in the request, for example `scenes[0].clips[2].left`. */
  path: string
  /** One sentence naming what is wrong and what is expected. */
  message: string
  fix?: FixId
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error')
}

/** Formats a path of keys and indices as `scenes[0].clips[2].left`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text === '' ? '(root)' : text
}
