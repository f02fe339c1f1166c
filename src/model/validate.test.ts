import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Problem } from './problems'
import { hasErrors } from './problems'
import { exportBlockers, validateProject } from './validate'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function readFixture(name: string): Json {
  const url = new URL(`../../e2e/fixtures/${name}`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as Json
}

/** Two landscape scenes. Scene 0 has one clip of each type, at the indices in `CLIP`. */
const ALL_TYPES = readFixture('all-clip-types.json')
const PORTRAIT = readFixture('portrait-scene-scripts.json')

const CLIP = { videoImage: 0, aiModel: 1, shape: 2, image: 3, textImage: 4, audio: 5 } as const

/** Validates a copy of `base` after `edit` changes it. */
function validateEdited(edit: (project: Json) => void, base: Json = ALL_TYPES): Problem[] {
  const project = structuredClone(base)
  edit(project)
  return validateProject(project)
}

function errorsOf(problems: Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error')
}

function warningsOf(problems: Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'warning')
}

/** Deletes the key at `path` below `root`. */
function deleteAt(root: Json, path: ReadonlyArray<string | number>): void {
  let parent = root
  for (const key of path.slice(0, -1)) parent = parent[key]
  delete parent[path[path.length - 1] as string]
}

function clipOf(project: Json, type: keyof typeof CLIP): Json {
  return project.scenes[0].clips[CLIP[type]]
}

describe('validateProject fixtures', () => {
  test('all clip types has no errors', () => {
    expect(errorsOf(validateProject(ALL_TYPES))).toEqual([])
  })

  test('portrait scripts has no problems', () => {
    expect(validateProject(PORTRAIT)).toEqual([])
  })

  test('avatar sample has no problems', () => {
    expect(validateProject(readFixture('sample-avatar-scene.json'))).toEqual([])
  })
})

describe('validateProject missing fields', () => {
  const cases: Array<[keyof typeof CLIP, string[], string]> = [
    ['aiModel', ['model', 'ai_name'], 'scenes[0].clips[1].model.ai_name'],
    ['aiModel', ['model', 'emotion'], 'scenes[0].clips[1].model.emotion'],
    ['aiModel', ['model'], 'scenes[0].clips[1].model'],
    ['shape', ['fill'], 'scenes[0].clips[2].fill'],
    ['shape', ['shapeName'], 'scenes[0].clips[2].shapeName'],
    ['image', ['source_url'], 'scenes[0].clips[3].source_url'],
    ['textImage', ['text'], 'scenes[0].clips[4].text'],
    ['textImage', ['fill'], 'scenes[0].clips[4].fill'],
    ['textImage', ['fontSize'], 'scenes[0].clips[4].fontSize'],
    ['videoImage', ['video_url'], 'scenes[0].clips[0].video_url'],
    ['audio', ['source_url'], 'scenes[0].clips[5].source_url'],
    ['audio', ['label'], 'scenes[0].clips[5].label'],
  ]

  test.each(cases)('%s without %j', (type, field, path) => {
    const problems = errorsOf(validateEdited((project) => deleteAt(clipOf(project, type), field)))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe(path)
    expect(problems[0]?.message).toMatch(/^required field is missing \(expected /)
  })

  test.each(['id', 'left', 'top', 'width', 'height', 'layer'])('shape without %s', (field) => {
    const problems = errorsOf(validateEdited((project) => delete clipOf(project, 'shape')[field]))
    expect(problems.map((problem) => problem.path)).toEqual([`scenes[0].clips[2].${field}`])
  })

  test('missing shapeName lists names', () => {
    const problems = validateEdited((project) => delete clipOf(project, 'shape').shapeName)
    expect(problems[0]?.message).toContain('"Rectangle_corner0"')
  })

  test('missing fontSize expects number', () => {
    const problems = validateEdited((project) => delete clipOf(project, 'textImage').fontSize)
    expect(problems[0]?.message).toBe('required field is missing (expected a number)')
  })

  test.each(['sceneIdx', 'clips', 'background'])('scene without %s', (field) => {
    const problems = errorsOf(validateEdited((project) => delete project.scenes[1][field]))
    expect(problems.map((problem) => problem.path)).toEqual([`scenes[1].${field}`])
  })

  test('project without scenes', () => {
    const problems = validateProject({ name: 'x' })
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'scenes',
        message: 'required field is missing (expected an array)',
      },
    ])
  })

  test('empty required string', () => {
    const problems = validateEdited((project) => (clipOf(project, 'image').source_url = ''))
    expect(problems[0]?.path).toBe('scenes[0].clips[3].source_url')
    expect(problems[0]?.message).toBe('must not be empty')
  })
})

describe('validateProject wrong types', () => {
  test('string left', () => {
    const problems = validateEdited((project) => (clipOf(project, 'shape').left = '120'))
    expect(problems[0]).toEqual({
      severity: 'error',
      path: 'scenes[0].clips[2].left',
      message: 'expected a number, found "120"',
    })
  })

  test('fractional layer', () => {
    const problems = validateEdited((project) => (clipOf(project, 'image').layer = 1.5))
    expect(problems[0]?.path).toBe('scenes[0].clips[3].layer')
    expect(problems[0]?.message).toBe('expected an integer, found 1.5')
  })

  test('fractional sceneIdx', () => {
    const problems = validateEdited((project) => (project.scenes[1].sceneIdx = 0.5))
    expect(errorsOf(problems)[0]?.path).toBe('scenes[1].sceneIdx')
  })

  test('model as string', () => {
    const problems = validateEdited((project) => (clipOf(project, 'aiModel').model = 'M0001'))
    expect(problems[0]?.path).toBe('scenes[0].clips[1].model')
    expect(problems[0]?.message).toBe('expected an object, found "M0001"')
  })

  test('boolean watermark as string', () => {
    const problems = validateEdited((project) => (project.scenes[0].watermark = 'no'))
    expect(problems[0]?.path).toBe('scenes[0].watermark')
    expect(problems[0]?.message).toBe('expected true or false, found "no"')
  })

  test('scenes as object', () => {
    const problems = validateProject({ scenes: {} })
    expect(problems[0]?.path).toBe('scenes')
    expect(problems[0]?.message).toBe('expected an array, found {}')
  })

  test('scene as number', () => {
    const problems = validateEdited((project) => (project.scenes[1] = 7))
    expect(problems[0]?.path).toBe('scenes[1]')
    expect(problems[0]?.message).toBe('expected a scene object, found 7')
  })

  test('clip as null', () => {
    const problems = validateEdited((project) => (project.scenes[1].clips[0] = null))
    expect(problems[0]?.path).toBe('scenes[1].clips[0]')
    expect(problems[0]?.message).toBe('expected a clip object, found null')
  })

  test('background as string', () => {
    const problems = validateEdited((project) => (project.scenes[0].background = 'blue'))
    expect(errorsOf(problems).map((problem) => problem.path)).toEqual(['scenes[0].background'])
    expect(problems[0]?.message).toBe('expected a background object, found "blue"')
  })

  test('root as array', () => {
    const problems = validateProject([])
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('(root)')
    expect(problems[0]?.message).toContain('found an array')
  })

  test('long value cut in message', () => {
    const problems = validateEdited((project) => (clipOf(project, 'shape').left = 'x'.repeat(60)))
    expect(problems[0]?.message).toBe(`expected a number, found "${'x'.repeat(36)}...`)
  })
})

describe('validateProject clip type', () => {
  test('unknown type', () => {
    const problems = validateEdited((project) => (clipOf(project, 'shape').type = 'sticker'))
    expect(problems).toHaveLength(2)
    expect(problems[0]?.path).toBe('scenes[0].clips[2].type')
    expect(problems[0]?.message).toBe(
      'unknown clip type "sticker"; expected one of aiModel, shape, image, textImage, videoImage, audio',
    )
  })

  test('missing type', () => {
    const problems = validateEdited((project) => delete clipOf(project, 'shape').type)
    expect(problems[0]?.path).toBe('scenes[0].clips[2].type')
    expect(problems[0]?.message).toMatch(/^unknown clip type nothing;/)
  })
})

describe('validateProject duplicate ids', () => {
  test('within one scene', () => {
    const problems = validateEdited((project) => (clipOf(project, 'image').id = 'shape-7k2m9q1x'))
    expect(problems[0]).toEqual({
      severity: 'error',
      path: 'scenes[0].clips[3].id',
      message:
        'duplicate clip id "shape-7k2m9q1x", already used at scenes[0].clips[2].id; give this clip a new id',
    })
  })

  test('across scenes', () => {
    const problems = validateEdited(
      (project) => (project.scenes[1].clips[1].id = 'aiModel-1h4ij5h8e87'),
    )
    expect(errorsOf(problems)).toHaveLength(1)
    expect(problems[0]?.path).toBe('scenes[1].clips[1].id')
    expect(problems[0]?.message).toContain('already used at scenes[0].clips[1].id')
  })

  test('three uses report twice', () => {
    const problems = validateEdited((project) => {
      clipOf(project, 'image').id = 'dup'
      clipOf(project, 'textImage').id = 'dup'
      project.scenes[1].clips[0].id = 'dup'
    })
    expect(errorsOf(problems).map((problem) => problem.path)).toEqual([
      'scenes[0].clips[4].id',
      'scenes[1].clips[0].id',
    ])
  })
})

describe('validateProject enums', () => {
  test('orientation', () => {
    const problems = validateEdited((project) => (project.orientation = 'square'))
    expect(problems[0]?.path).toBe('orientation')
    expect(problems[0]?.message).toBe('expected one of "landscape", "portrait", found "square"')
  })

  test('shapeName', () => {
    const problems = validateEdited((project) => (clipOf(project, 'shape').shapeName = 'Hexagon'))
    expect(problems[0]?.path).toBe('scenes[0].clips[2].shapeName')
    expect(problems[0]?.message).toMatch(/^expected one of "Line_v2", .*, found "Hexagon"$/)
  })

  test('animation type', () => {
    const problems = validateEdited(
      (project) => (clipOf(project, 'textImage').animation.type = 'spin'),
    )
    expect(problems[0]?.path).toBe('scenes[0].clips[4].animation.type')
    expect(problems[0]?.message).toMatch(/, found "spin"$/)
  })

  test('resolution', () => {
    const problems = validateEdited((project) => (project.resolution = 1080))
    expect(problems[0]?.path).toBe('resolution')
    expect(problems[0]?.message).toMatch(/^expected one of .*"4k".*, found 1080$/)
  })
})

describe('validateProject ranges', () => {
  const cases: Array<[string, (project: Json) => void, string, string]> = [
    [
      'opacity above 100',
      (project) => (clipOf(project, 'shape').opacity = 101),
      'scenes[0].clips[2].opacity',
      'must be at most 100, found 101',
    ],
    [
      'opacity below 0',
      (project) => (clipOf(project, 'image').opacity = -1),
      'scenes[0].clips[3].opacity',
      'must be at least 0, found -1',
    ],
    [
      'video volume above 100',
      (project) => (clipOf(project, 'videoImage').volume = 150),
      'scenes[0].clips[0].volume',
      'must be at most 100, found 150',
    ],
    [
      'audio volume below 0',
      (project) => (clipOf(project, 'audio').volume = -5),
      'scenes[0].clips[5].volume',
      'must be at least 0, found -5',
    ],
    [
      'animation duration 0',
      (project) => (clipOf(project, 'shape').animation.duration = 0),
      'scenes[0].clips[2].animation.duration',
      'must be at least 1, found 0',
    ],
    [
      'animation duration 31',
      (project) => (clipOf(project, 'image').animation.duration = 31),
      'scenes[0].clips[3].animation.duration',
      'must be at most 30, found 31',
    ],
    [
      'animation delay 31',
      (project) => (clipOf(project, 'image').animation.delay = 31),
      'scenes[0].clips[3].animation.delay',
      'must be at most 30, found 31',
    ],
    [
      'shadow blur 11',
      (project) => (clipOf(project, 'shape').shadow.blur = 11),
      'scenes[0].clips[2].shadow.blur',
      'must be at most 10, found 11',
    ],
    [
      'fontSize 0',
      (project) => (clipOf(project, 'textImage').fontSize = 0),
      'scenes[0].clips[4].fontSize',
      'must be greater than 0, found 0',
    ],
    [
      'negative width',
      (project) => (clipOf(project, 'image').width = -2),
      'scenes[0].clips[3].width',
      'must be at least 0, found -2',
    ],
  ]

  test.each(cases)('%s', (_name, edit, path, message) => {
    const problems = errorsOf(validateEdited(edit))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe(path)
    expect(problems[0]?.message).toBe(message)
  })

  test('bounds are inclusive', () => {
    const problems = validateEdited((project) => {
      clipOf(project, 'shape').opacity = 100
      clipOf(project, 'image').opacity = 0
      clipOf(project, 'shape').animation.duration = 30
      clipOf(project, 'image').animation.duration = 1
    })
    expect(errorsOf(problems)).toEqual([])
  })
})

describe('validateProject webhookUrl', () => {
  test.each(['not a url', 'ftp://example.com/hook', 'example.com/hook'])('rejects %s', (url) => {
    const problems = validateEdited((project) => (project.webhookUrl = url))
    expect(problems[0]?.path).toBe('webhookUrl')
    expect(problems[0]?.message).toBe(`expected an http or https URL, found "${url}"`)
  })

  test.each(['https://example.com/hook', 'http://127.0.0.1:9/hooks/aistudios'])(
    'accepts %s',
    (url) => {
      const problems = validateEdited((project) => (project.webhookUrl = url))
      expect(errorsOf(problems)).toEqual([])
    },
  )

  test('rejects number', () => {
    const problems = validateEdited((project) => (project.webhookUrl = 5))
    expect(problems[0]?.message).toBe('expected a string, found 5')
  })
})

describe('validateProject scene scripts', () => {
  test('modelId differs from avatar', () => {
    const problems = validateEdited(
      (project) => (project.scenes[0].scripts[0].modelId = 'M1'),
      PORTRAIT,
    )
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'scenes[0].scripts[0].modelId',
        message: `found "M1", expected the scene's avatar "M000045058"`,
      },
    ])
  })

  test('clothId differs from avatar', () => {
    const problems = validateEdited(
      (project) => (project.scenes[0].scripts[0].clothId = 'BG1'),
      PORTRAIT,
    )
    expect(problems).toEqual([
      {
        severity: 'error',
        path: 'scenes[0].scripts[0].clothId',
        message: `found "BG1", expected the avatar's outfit "BG00002320"`,
      },
    ])
  })

  test('second entry checked too', () => {
    const problems = validateEdited((project) => {
      const scripts = project.scenes[0].scripts
      scripts.push({ ...scripts[0], modelId: 'M2' })
    }, PORTRAIT)
    expect(problems.map((problem) => problem.path)).toEqual(['scenes[0].scripts[1].modelId'])
  })

  test('empty avatar slot skipped', () => {
    const problems = validateEdited((project) => {
      const clips = project.scenes[0].clips
      const slot = { ...structuredClone(clips[0]), id: 'aiModel-empty', isDelete: true }
      slot.model.ai_name = 'M999'
      clips.unshift(slot)
    }, PORTRAIT)
    expect(errorsOf(problems)).toEqual([])
  })

  test('missing modelId', () => {
    const problems = validateEdited(
      (project) => delete project.scenes[0].scripts[0].modelId,
      PORTRAIT,
    )
    expect(problems[0]?.path).toBe('scenes[0].scripts[0].modelId')
    expect(problems[0]?.message).toBe('required field is missing (expected a string)')
  })
})

describe('validateProject sceneIdx warnings', () => {
  test('duplicate sceneIdx', () => {
    const problems = validateEdited((project) => (project.scenes[1].sceneIdx = 0))
    expect(warningsOf(problems)).toContainEqual({
      severity: 'warning',
      path: 'scenes[1].sceneIdx',
      message:
        'sceneIdx is 0 but the scene is number 1 in play order (0-based); duplicate or out-of-order values may confuse the render.',
      fix: 'renumber-scenes',
    })
  })

  test('non-consecutive sceneIdx', () => {
    const problems = validateEdited((project) => (project.scenes[1].sceneIdx = 2))
    const sceneWarnings = problems.filter((problem) => problem.fix === 'renumber-scenes')
    expect(sceneWarnings).toHaveLength(1)
    expect(sceneWarnings[0]?.path).toBe('scenes[1].sceneIdx')
    expect(sceneWarnings[0]?.severity).toBe('warning')
    expect(sceneWarnings[0]?.message).toMatch(/^sceneIdx is 2 but the scene is number 1/)
  })

  test('swapped sceneIdx warns twice', () => {
    const problems = validateEdited((project) => {
      project.scenes[0].sceneIdx = 1
      project.scenes[1].sceneIdx = 0
    })
    const paths = problems
      .filter((problem) => problem.fix === 'renumber-scenes')
      .map((problem) => problem.path)
    expect(paths).toEqual(['scenes[0].sceneIdx', 'scenes[1].sceneIdx'])
  })

  test('warnings do not block export', () => {
    const project = structuredClone(ALL_TYPES)
    project.scenes[1].sceneIdx = 5
    expect(exportBlockers(project as never)).toEqual([])
  })
})

describe('validateProject frame warnings', () => {
  const OUTSIDE = 'The clip lies entirely outside the frame, so it will not be seen in the video.'

  function sceneWith(clip: Json): Json {
    return {
      sceneIdx: 0,
      background: {
        id: 'background',
        type: 'background',
        source_type: 'image',
        source_url: '/a.png',
      },
      clips: [clip],
    }
  }

  const shape = {
    id: 'shape-1',
    type: 'shape',
    shapeName: 'Circle',
    fill: 'rgb(0,0,0)',
    layer: 0,
    width: 100,
    height: 100,
  }

  test('right of landscape frame', () => {
    const scene = sceneWith({ ...shape, left: 1920, top: 100 })
    const problems = validateProject({ orientation: 'landscape', scenes: [scene] })
    expect(problems).toEqual([
      { severity: 'warning', path: 'scenes[0].clips[0]', message: OUTSIDE },
    ])
  })

  test('x 1500 depends on orientation', () => {
    const scene = sceneWith({ ...shape, left: 1500, top: 100 })
    expect(validateProject({ orientation: 'landscape', scenes: [scene] })).toEqual([])
    expect(validateProject({ orientation: 'portrait', scenes: [scene] })).toHaveLength(1)
  })

  test('y 1500 depends on orientation', () => {
    const scene = sceneWith({ ...shape, left: 100, top: 1500 })
    expect(validateProject({ orientation: 'landscape', scenes: [scene] })).toHaveLength(1)
    expect(validateProject({ orientation: 'portrait', scenes: [scene] })).toEqual([])
  })

  test('missing orientation is landscape', () => {
    const scene = sceneWith({ ...shape, left: 1500, top: 100 })
    expect(validateProject({ scenes: [scene] })).toEqual([])
  })

  test('partly inside has no warning', () => {
    const scene = sceneWith({ ...shape, left: -99, top: -99 })
    expect(validateProject({ scenes: [scene] })).toEqual([])
  })

  test('scale moves clip inside', () => {
    const scene = sceneWith({ ...shape, left: -150, top: 0, scaleX: 2 })
    expect(validateProject({ scenes: [scene] })).toEqual([])
  })

  test('audio never warns', () => {
    const audio = { id: 'audio-1', type: 'audio', source_url: 'https://example.com/a.mp3' }
    const scene = sceneWith({
      ...audio,
      label: 'a.mp3',
      layer: 0,
      left: 5000,
      top: 0,
      width: 9,
      height: 9,
    })
    expect(validateProject({ scenes: [scene] })).toEqual([])
  })

  test('tall avatar sample inside', () => {
    const problems = validateProject(readFixture('sample-avatar-scene.json'))
    expect(warningsOf(problems)).toEqual([])
  })
})

describe('validateProject background warnings', () => {
  test('colour background', () => {
    const problems = validateProject(ALL_TYPES)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.severity).toBe('warning')
    expect(problems[0]?.path).toBe('scenes[1].background.source_type')
    expect(problems[0]?.message).toContain('"color"')
  })

  test('video background', () => {
    const problems = validateEdited(
      (project) => (project.scenes[0].background.source_type = 'video'),
    )
    const found = problems.filter((problem) => problem.path === 'scenes[0].background.source_type')
    expect(found).toEqual([
      {
        severity: 'warning',
        path: 'scenes[0].background.source_type',
        message: 'The background type "video" is undocumented; the API documents only "image".',
      },
    ])
  })

  test('wrong background type field', () => {
    const problems = validateEdited((project) => (project.scenes[0].background.type = 'bg'))
    expect(problems[0]?.path).toBe('scenes[0].background.type')
    expect(problems[0]?.message).toBe('expected one of "background", found "bg"')
  })
})

describe('validateProject ordering', () => {
  test('errors before warnings', () => {
    const problems = validateEdited((project) => (project.scenes[1].clips[0].fill = 3))
    expect(problems.map((problem) => problem.severity)).toEqual(['error', 'warning'])
  })

  test('hasErrors matches severity', () => {
    expect(hasErrors(validateProject(ALL_TYPES))).toBe(false)
    expect(hasErrors(validateProject({}))).toBe(true)
  })

  test('unknown keys are accepted', () => {
    const problems = validateEdited((project) => {
      project.futureField = { nested: [1, 'two'] }
      clipOf(project, 'shape').customKey = null
    })
    expect(errorsOf(problems)).toEqual([])
  })
})

describe('validateProject limits', () => {
  test('project without scenes', () => {
    const problems = validateEdited((project) => (project.scenes = []))
    expect(errorsOf(problems)).toEqual([
      { severity: 'error', path: 'scenes', message: 'must contain at least one scene' },
    ])
  })

  test('zero or negative scale', () => {
    const problems = validateEdited((project) => {
      clipOf(project, 'shape').scaleX = 0
      clipOf(project, 'image').scaleY = -2
    })
    const paths = errorsOf(problems).map((problem) => problem.path)
    expect(paths).toContain('scenes[0].clips[2].scaleX')
    expect(paths).toContain('scenes[0].clips[3].scaleY')
  })

  test('infinite number named as such', () => {
    const problems = validateEdited((project) => (clipOf(project, 'shape').left = Infinity))
    expect(errorsOf(problems)[0]?.message).toBe('expected a number, found Infinity')
  })
})
