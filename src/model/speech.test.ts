import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readScript, sceneAvatar, syncSceneScripts, usesSceneScripts, writeScript } from './speech'
import type { AvatarClip, Project, Scene } from './types'
import { validateProject } from './validate'

function readScene(name: string): Scene {
  const url = new URL(`../../e2e/fixtures/${name}`, import.meta.url)
  const project = JSON.parse(readFileSync(url, 'utf8')) as Project
  return project.scenes[0] as Scene
}

/** Older format: the avatar clip's `script.org`. */
const OLDER = readScene('sample-avatar-scene.json')
/** Newer format: `scenes[].scripts`. */
const NEWER = readScene('portrait-scene-scripts.json')

function avatarOf(scene: Scene): AvatarClip {
  const avatar = sceneAvatar(scene)
  if (!avatar) throw new Error('expected an avatar clip in the scene')
  return avatar
}

describe('readScript', () => {
  test('older clip format', () => {
    expect(readScript(OLDER)).toBe('<p>Hello, this is test video.</p>')
  })

  test('newer scene format', () => {
    expect(readScript(NEWER)).toBe("Good morning. Here are today's headlines.")
  })

  test('no scene gives empty', () => {
    expect(readScript(undefined)).toBe('')
  })

  test('scene without avatar gives empty', () => {
    expect(readScript({ ...OLDER, clips: [] })).toBe('')
  })

  test('format detection', () => {
    expect(usesSceneScripts(OLDER)).toBe(false)
    expect(usesSceneScripts(NEWER)).toBe(true)
  })
})

describe('writeScript older format', () => {
  test('writes clip script org', () => {
    const next = writeScript(OLDER, 'Hi')
    expect(avatarOf(next).script).toEqual({ org: 'Hi', tts: null })
  })

  test('adds no scene scripts', () => {
    expect('scripts' in writeScript(OLDER, 'Hi')).toBe(false)
  })

  test('keeps avatar key order', () => {
    const next = writeScript(OLDER, 'Hi')
    expect(Object.keys(avatarOf(next))).toEqual(Object.keys(avatarOf(OLDER)))
  })

  test('keeps avatar model identity', () => {
    expect(avatarOf(writeScript(OLDER, 'Hi')).model).toBe(avatarOf(OLDER).model)
  })

  test('creates missing script', () => {
    const avatar = { ...avatarOf(OLDER) }
    delete avatar.script
    const next = writeScript({ ...OLDER, clips: [avatar] }, 'Hi')
    expect(avatarOf(next).script).toEqual({ org: 'Hi', tts: null })
  })

  test('scene without avatar unchanged', () => {
    const scene = { ...OLDER, clips: [] }
    expect(writeScript(scene, 'Hi')).toBe(scene)
  })

  test('reads back written text', () => {
    expect(readScript(writeScript(OLDER, 'Bonjour <b>à tous</b>'))).toBe('Bonjour <b>à tous</b>')
  })
})

describe('writeScript newer format', () => {
  test('writes first entry org', () => {
    const next = writeScript(NEWER, 'Hi')
    expect(next.scripts?.[0]?.org).toBe('Hi')
  })

  test('keeps other entry fields', () => {
    const next = writeScript(NEWER, 'Hi')
    expect(next.scripts?.[0]).toEqual({ ...NEWER.scripts?.[0], org: 'Hi' })
    expect(Object.keys(next.scripts?.[0] ?? {})).toEqual(Object.keys(NEWER.scripts?.[0] ?? {}))
  })

  test('leaves clips untouched', () => {
    expect(writeScript(NEWER, 'Hi').clips).toBe(NEWER.clips)
  })

  test('leaves input unchanged', () => {
    writeScript(NEWER, 'Hi')
    expect(NEWER.scripts?.[0]?.org).toBe("Good morning. Here are today's headlines.")
  })

  test('empty list gets avatar entry', () => {
    const next = writeScript({ ...NEWER, scripts: [] }, 'Hi')
    expect(next.scripts).toEqual([
      { org: 'Hi', isTTS: false, tts: null, modelId: 'M000045058', clothId: 'BG00002320' },
    ])
  })

  test('second entry kept', () => {
    const second = { org: 'Two', modelId: 'M000045058', clothId: 'BG00002320' }
    const scene = { ...NEWER, scripts: [...(NEWER.scripts ?? []), second] }
    expect(writeScript(scene, 'Hi').scripts?.[1]).toBe(second)
  })
})

describe('sceneAvatar', () => {
  test('skips empty avatar slot', () => {
    const slot = { ...avatarOf(OLDER), id: 'aiModel-slot', isDelete: true }
    const scene = { ...OLDER, clips: [slot, ...OLDER.clips] }
    expect(sceneAvatar(scene)?.id).toBe('aiModel-1h4ij5h8e87')
  })
})

describe('syncSceneScripts', () => {
  function withAvatarModel(scene: Scene, aiName: string, emotion: string): Scene {
    const avatar = avatarOf(scene)
    const model = { ...avatar.model, ai_name: aiName, emotion }
    return {
      ...scene,
      clips: scene.clips.map((clip) => (clip === avatar ? { ...avatar, model } : clip)),
    }
  }

  test('copies avatar ids to entries', () => {
    const next = syncSceneScripts(withAvatarModel(NEWER, 'M2', 'BG2'))
    expect(next.scripts?.[0]?.modelId).toBe('M2')
    expect(next.scripts?.[0]?.clothId).toBe('BG2')
  })

  test('synced scene validates', () => {
    const scene = syncSceneScripts(withAvatarModel(NEWER, 'M2', 'BG2'))
    expect(validateProject({ orientation: 'portrait', scenes: [scene] })).toEqual([])
  })

  test('matching scene unchanged', () => {
    expect(syncSceneScripts(NEWER)).toBe(NEWER)
  })

  test('older format unchanged', () => {
    expect(syncSceneScripts(OLDER)).toBe(OLDER)
  })
})
