import type { z } from 'zod'
import { clipGeometry, isObject } from './access'
import { frameSize, type Size } from './frame'
import { isOutsideFrame } from './geometry'
import { formatPath, type Problem } from './problems'
import { backgroundSchema, clipSchemas, projectSchema, sceneSchema } from './schema'
import { CLIP_TYPES, type Clip, type Orientation, type Project } from './types'

type Path = Array<string | number>

/**
 * Validates a request and returns every problem at once, errors first. Errors are what the API
 * would reject: a missing required field, a wrong type, an unknown clip type or a duplicate clip
 * id. Warnings are oddities it may accept. Problems of an unchanged scene object are cached.
 */
export function validateProject(value: unknown): Problem[] {
  if (!isObject(value)) {
    return [
      {
        severity: 'error',
        path: '(root)',
        message: `The request must be a JSON object with a "scenes" array, found ${describe(value)}.`,
      },
    ]
  }
  const problems = schemaProblems(projectSchema, value, [])
  const scenes = value.scenes
  if (Array.isArray(scenes)) {
    const orientation: Orientation = value.orientation === 'portrait' ? 'portrait' : 'landscape'
    scenes.forEach((scene, index) => {
      for (const problem of sceneProblems(scene, orientation)) {
        problems.push({ ...problem, path: prefixPath(`scenes[${index}]`, problem.path) })
      }
    })
    problems.push(...duplicateClipIds(scenes), ...sceneIndexProblems(scenes))
  }
  return problems.sort((a, b) => rank(a) - rank(b))
}

function rank(problem: Problem): number {
  return problem.severity === 'error' ? 0 : 1
}

function prefixPath(prefix: string, path: string): string {
  if (path === '(root)') return prefix
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`
}

const sceneCache = new WeakMap<object, Map<Orientation, Problem[]>>()

/** Returns a scene's own problems with paths relative to the scene. */
function sceneProblems(scene: unknown, orientation: Orientation): Problem[] {
  if (!isObject(scene)) {
    return [
      {
        severity: 'error',
        path: '(root)',
        message: `expected a scene object, found ${describe(scene)}`,
      },
    ]
  }
  const cached = sceneCache.get(scene)?.get(orientation)
  if (cached) return cached

  const problems = schemaProblems(sceneSchema, scene, [])
  if (isObject(scene.background)) problems.push(...backgroundProblems(scene.background))
  else if (scene.background !== undefined) {
    problems.push(
      error(['background'], `expected a background object, found ${describe(scene.background)}`),
    )
  }
  const frame = frameSize(orientation)
  if (Array.isArray(scene.clips)) {
    scene.clips.forEach((clip, index) =>
      problems.push(...clipProblems(clip, ['clips', index], frame)),
    )
  }
  problems.push(...scriptProblems(scene))

  const byOrientation = sceneCache.get(scene) ?? new Map<Orientation, Problem[]>()
  byOrientation.set(orientation, problems)
  sceneCache.set(scene, byOrientation)
  return problems
}

function backgroundProblems(background: Record<string, unknown>): Problem[] {
  const problems = schemaProblems(backgroundSchema, background, ['background'])
  const sourceType = background.source_type
  if (sourceType === 'color') {
    problems.push(
      warning(
        ['background', 'source_type'],
        'A colour background ("color") is not in the API docs, which document only "image". The render may ignore it; use an image background if it does.',
      ),
    )
  } else if (typeof sourceType === 'string' && sourceType !== 'image') {
    problems.push(
      warning(
        ['background', 'source_type'],
        `The background type ${describe(sourceType)} is undocumented; the API documents only "image".`,
      ),
    )
  }
  return problems
}

function clipProblems(clip: unknown, path: Path, frame: Size): Problem[] {
  if (!isObject(clip)) return [error(path, `expected a clip object, found ${describe(clip)}`)]
  const type = clip.type
  if (!isClipType(type)) {
    return [
      error(
        [...path, 'type'],
        `unknown clip type ${describe(type)}; expected one of ${CLIP_TYPES.join(', ')}`,
      ),
    ]
  }
  const problems = schemaProblems(clipSchemas[type], clip, path)
  if (type !== 'audio' && isOutsideFrame(clipGeometry(clip as Clip), frame)) {
    problems.push(
      warning(
        path,
        'The clip lies entirely outside the frame, so it will not be seen in the video.',
      ),
    )
  }
  return problems
}

function isClipType(value: unknown): value is (typeof CLIP_TYPES)[number] {
  return typeof value === 'string' && (CLIP_TYPES as readonly string[]).includes(value)
}

/**
 * Newer speech entries must name the scene's avatar and outfit. The avatar is the scene's first
 * `aiModel` clip that is not an empty `isDelete` slot, as `sceneAvatar` in speech.ts reads it.
 */
function scriptProblems(scene: Record<string, unknown>): Problem[] {
  const scripts = scene.scripts
  if (!Array.isArray(scripts) || !Array.isArray(scene.clips)) return []
  const avatar = scene.clips.find(
    (clip) => isObject(clip) && clip.type === 'aiModel' && clip.isDelete !== true,
  )
  const model = isObject(avatar) && isObject(avatar.model) ? avatar.model : undefined
  if (!model) return []
  const problems: Problem[] = []
  scripts.forEach((script, index) => {
    if (!isObject(script)) return
    if (typeof script.modelId === 'string' && script.modelId !== model.ai_name) {
      problems.push(
        error(
          ['scripts', index, 'modelId'],
          `found ${describe(script.modelId)}, expected the scene's avatar ${describe(model.ai_name)}`,
        ),
      )
    }
    if (typeof script.clothId === 'string' && script.clothId !== model.emotion) {
      problems.push(
        error(
          ['scripts', index, 'clothId'],
          `found ${describe(script.clothId)}, expected the avatar's outfit ${describe(model.emotion)}`,
        ),
      )
    }
  })
  return problems
}

function duplicateClipIds(scenes: unknown[]): Problem[] {
  const seen = new Map<string, string>()
  const problems: Problem[] = []
  scenes.forEach((scene, sceneIndex) => {
    if (!isObject(scene) || !Array.isArray(scene.clips)) return
    scene.clips.forEach((clip, clipIndex) => {
      if (!isObject(clip) || typeof clip.id !== 'string') return
      const path = formatPath(['scenes', sceneIndex, 'clips', clipIndex, 'id'])
      const first = seen.get(clip.id)
      if (first === undefined) seen.set(clip.id, path)
      else {
        problems.push({
          severity: 'error',
          path,
          message: `duplicate clip id ${describe(clip.id)}, already used at ${first}; give this clip a new id`,
        })
      }
    })
  })
  return problems
}

/** Scenes play in array order; `sceneIdx` should count 0, 1, 2 … in that order. */
function sceneIndexProblems(scenes: unknown[]): Problem[] {
  const problems: Problem[] = []
  scenes.forEach((scene, index) => {
    if (!isObject(scene) || typeof scene.sceneIdx !== 'number') return
    if (scene.sceneIdx !== index) {
      problems.push({
        severity: 'warning',
        path: formatPath(['scenes', index, 'sceneIdx']),
        message: `sceneIdx is ${scene.sceneIdx} but the scene is number ${index} in play order (0-based); duplicate or out-of-order values may confuse the render.`,
        fix: 'renumber-scenes',
      })
    }
  })
  return problems
}

function error(path: Path, message: string): Problem {
  return { severity: 'error', path: formatPath(path), message }
}

function warning(path: Path, message: string): Problem {
  return { severity: 'warning', path: formatPath(path), message }
}

/** Converts zod issues into problems that name the path, the value found and what is expected. */
function schemaProblems(schema: z.ZodType, value: Record<string, unknown>, base: Path): Problem[] {
  const result = schema.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const path = [...base, ...(issue.path as Path)]
    const found = valueAt(value, issue.path as Path)
    return error(path, issueMessage(issue, found))
  })
}

function issueMessage(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined)
        return `required field is missing (expected ${article(issue.expected)})`
      return `expected ${article(issue.expected)}, found ${describe(found)}`
    case 'invalid_value': {
      const options = issue.values.map((option) => describe(option)).join(', ')
      if (found === undefined) return `required field is missing (expected one of ${options})`
      return `expected one of ${options}, found ${describe(found)}`
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty'
      if (issue.origin === 'array') return issue.message
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, found ${describe(found)}`
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, found ${describe(found)}`
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'an http or https URL' : issue.format}, found ${describe(found)}`
    case 'custom':
      return issue.message
    default:
      return `${issue.message}, found ${describe(found)}`
  }
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
}

function article(expected: string): string {
  return TYPE_NAMES[expected] ?? expected
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root
  for (const key of path) {
    if (!isObject(current) && !Array.isArray(current)) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

/** Describes a found value in a message: short JSON, cut after 40 characters. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) return 'an array'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** Returns the project's errors, which block export; an empty list means it may be exported. */
export function exportBlockers(project: Project): Problem[] {
  return validateProject(project).filter((problem) => problem.severity === 'error')
}
