import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseRequestText } from './parse'
import { hasErrors } from './problems'
import { serializeProject } from './serialize'
import { ANIMATION_TYPES, ORIENTATIONS, RESOLUTIONS, SHAPE_NAMES, type Project } from './types'
import { validateProject } from './validate'

type Entries = Array<[string, unknown]>

/** Every key that the schemas or the editor give a meaning, so extra keys never replace one. */
const KNOWN_KEYS = new Set([
  ...['id', 'type', 'left', 'top', 'width', 'height', 'scaleX', 'scaleY', 'layer', 'tag', 'name'],
  ...['opacity', 'angle', 'animation', 'model', 'script', 'effects', 'voiceOnly', 'isDelete'],
  ...['shapeName', 'fill', 'stroke', 'strokeWidth', 'strokeRadius', 'shadow', 'source_url'],
  ...['text', 'fontSize', 'fontFamily', 'align', 'backgroundColor', 'fontWeight', 'fontStyle'],
  ...['underline', 'video_url', 'volume', 'label', 'sceneIdx', 'background', 'clips'],
  ...['watermark', 'thumbnailUrl', 'scripts', 'scenes', 'orientation', 'dictionary', 'webhookUrl'],
  ...['isExport', 'workspaceId', 'resolution', 'lockMovementX', 'lockMovementY'],
])

/** Strings that a hand-written repair pass could mistake for JSON syntax, mixed with any unicode. */
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('${webhook}', ',}', ',]', '",', '\\', '\uFEFF', '\r\n', '<p>Hi</p>', '💬'),
)
const nonEmptyText = text.filter((value) => value.length > 0)

const finite = fc.double({ noNaN: true, noDefaultInfinity: true })
const size = fc.double({ min: 0, max: 1e7, noNaN: true })
const percent = fc.double({ min: 0, max: 100, noNaN: true })
const scale = fc.double({ min: 1e-6, max: 1e3, noNaN: true })

const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' })

const extraEntries: fc.Arbitrary<Entries> = fc
  .dictionary(text, anyJson, { maxKeys: 3, noNullPrototype: true })
  .map((extras) => Object.entries(extras).filter(([key]) => !KNOWN_KEYS.has(key)))

/** Builds an object from typed fields and extra keys, in an arbitrary key order. */
function looseObject(
  fields: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fields, extraEntries)
    .chain(([known, extras]) => {
      const entries: Entries = [...Object.entries(known), ...extras]
      return fc.shuffledSubarray(entries, { minLength: entries.length })
    })
    .map((entries) => Object.fromEntries(entries))
}

/** Builds an fc.record in which only the listed keys are required. */
function recordWith(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(fields, { requiredKeys: required })
}

const animation = looseObject(
  fc.record({
    type: fc.constantFrom(...ANIMATION_TYPES),
    duration: fc.double({ min: 1, max: 30, noNaN: true }),
    delay: fc.double({ min: 0, max: 30, noNaN: true }),
  }),
)

const shadow = looseObject(
  recordWith(
    {
      color: text,
      blur: fc.double({ min: 0, max: 10, noNaN: true }),
      offsetX: finite,
      offsetY: finite,
      enabled: fc.boolean(),
    },
    [],
  ),
)

const base = {
  id: nonEmptyText,
  left: finite,
  top: finite,
  width: size,
  height: size,
  scaleX: scale,
  scaleY: scale,
  layer: fc.integer(),
  tag: text,
  name: text,
  opacity: percent,
  lockMovementX: fc.boolean(),
}
const baseRequired = ['id', 'left', 'top', 'width', 'height', 'layer']
const styled = { angle: finite, animation }

const avatarModel = looseObject(
  recordWith(
    {
      ai_name: nonEmptyText,
      emotion: nonEmptyText,
      language: text,
      source_url: text,
      editor: fc.dictionary(text, finite, { maxKeys: 4, noNullPrototype: true }),
    },
    ['ai_name', 'emotion'],
  ),
)

const clipFields: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  aiModel: recordWith(
    {
      ...base,
      model: avatarModel,
      script: looseObject(fc.record({ org: text, tts: anyJson })),
      effects: fc.array(looseObject(fc.record({ type: text })), { maxLength: 2 }),
      voiceOnly: fc.boolean(),
      isDelete: fc.boolean(),
    },
    [...baseRequired, 'model'],
  ),
  shape: recordWith(
    {
      ...base,
      ...styled,
      shapeName: fc.constantFrom(...SHAPE_NAMES),
      fill: text,
      stroke: text,
      strokeWidth: size,
      strokeRadius: size,
      shadow,
    },
    [...baseRequired, 'shapeName', 'fill'],
  ),
  image: recordWith({ ...base, ...styled, source_url: nonEmptyText }, [
    ...baseRequired,
    'source_url',
  ]),
  textImage: recordWith(
    {
      ...base,
      ...styled,
      text,
      fill: text,
      fontSize: fc.double({ min: 0.5, max: 1000, noNaN: true }),
      fontFamily: text,
      align: text,
      backgroundColor: text,
      stroke: text,
      strokeWidth: size,
      fontWeight: fc.oneof(finite, text),
      fontStyle: text,
      underline: fc.boolean(),
      shadow,
    },
    [...baseRequired, 'text', 'fill', 'fontSize'],
  ),
  videoImage: recordWith({ ...base, video_url: nonEmptyText, source_url: text, volume: percent }, [
    ...baseRequired,
    'video_url',
  ]),
  audio: recordWith({ ...base, source_url: nonEmptyText, label: nonEmptyText, volume: percent }, [
    ...baseRequired,
    'source_url',
    'label',
  ]),
}

const clip = fc.constantFrom(...Object.keys(clipFields)).chain((type) =>
  looseObject(
    (clipFields[type] as fc.Arbitrary<Record<string, unknown>>).map((fields) => ({
      type,
      ...fields,
    })),
  ),
)

const background = looseObject(
  recordWith(
    {
      id: text,
      type: fc.constant('background'),
      source_type: fc.constant('image'),
      source_url: text,
      source_color: text,
    },
    ['id', 'type', 'source_type'],
  ),
)

const scene = looseObject(
  recordWith(
    {
      background,
      clips: fc.array(clip, { maxLength: 6 }),
      watermark: fc.boolean(),
      thumbnailUrl: fc.option(text, { nil: null }),
      withScripts: fc.boolean(),
    },
    ['background', 'clips', 'withScripts'],
  ),
)

const projectArbitrary: fc.Arbitrary<Project> = looseObject(
  recordWith(
    {
      name: text,
      orientation: fc.constantFrom(...ORIENTATIONS),
      dictionary: anyJson,
      scenes: fc.array(scene, { minLength: 1, maxLength: 4 }),
      webhookUrl: fc.webUrl({ validSchemes: ['http', 'https'] }),
      isExport: fc.boolean(),
      workspaceId: text,
      resolution: fc.constantFrom(...RESOLUTIONS),
    },
    ['scenes'],
  ),
).map((project) => finishProject(project))

/**
 * Numbers scenes in play order, makes clip ids unique and adds newer-format speech entries that
 * name the scene's avatar, so a generated project breaks no cross-field rule.
 */
function finishProject(project: Record<string, unknown>): Project {
  const scenes = project.scenes as Array<Record<string, unknown>>
  scenes.forEach((scene, sceneIndex) => {
    const clips = scene.clips as Array<Record<string, unknown>>
    clips.forEach((item, clipIndex) => {
      item.id = `${String(item.id)}#${sceneIndex}.${clipIndex}`
    })
    scene.sceneIdx = sceneIndex

    const avatar = clips.find((item) => item.type === 'aiModel' && item.isDelete !== true)
    const model = avatar?.model as Record<string, unknown> | undefined
    if (scene.withScripts === true && model) {
      scene.scripts = [
        { org: 'Hello', isTTS: false, tts: null, modelId: model.ai_name, clothId: model.emotion },
      ]
    }
    delete scene.withScripts
  })
  return project as Project
}

/** Adds a comma after the last member of every non-empty object and array. */
function addTrailingCommas(serialized: string): { text: string; count: number } {
  let count = 0
  const withCommas = serialized.replace(/([^,{[])\n(\s*[}\]])/g, (_match, last, closing) => {
    count++
    return `${String(last)},\n${String(closing)}`
  })
  return { text: withCommas, count }
}

function parseValue(input: string): unknown {
  const result = parseRequestText(input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('serialize round trip property', () => {
  test('parse then serialize is identity', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const first = serializeProject(project)
        const result = parseRequestText(first)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.notices).toEqual([])
        expect(serializeProject(result.value as Project)).toBe(first)
      }),
      { numRuns: 300 },
    )
  })

  test('generated projects have no errors', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const problems = validateProject(project)
        expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
        expect(hasErrors(problems)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  test('trailing commas repair to same value', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const serialized = serializeProject(project)
        const { text: withCommas, count } = addTrailingCommas(serialized)
        const result = parseRequestText(withCommas)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.notices).toHaveLength(count)
        expect(serializeProject(result.value as Project)).toBe(serialized)
      }),
      { numRuns: 200 },
    )
  })

  test('CRLF text parses to same value', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const serialized = serializeProject(project)
        const crlf = addTrailingCommas(serialized).text.replace(/\n/g, '\r\n')
        expect(serializeProject(parseValue(crlf) as Project)).toBe(serialized)
      }),
      { numRuns: 100 },
    )
  })
})
