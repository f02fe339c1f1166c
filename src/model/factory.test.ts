import { describe, expect, test } from 'vitest'
import {
  newAudioClip,
  newAvatarClip,
  newImageClip,
  newProject,
  newScene,
  newShapeClip,
  newTextClip,
  newVideoClip,
} from './factory'
import type { Clip, Project } from './types'
import { validateProject } from './validate'

const placement = { left: 100, top: 50, width: 400, height: 300, layer: 1 }

const avatar = {
  ai_name: 'M000045058',
  emotion: 'BG00002320',
  source_url: 'https://cdn.example.com/avatar.png',
  width: 679,
  height: 2229,
  editor: { headCenterX: 613.3333333333334, headWidth: 182 },
}

const factories: Array<[string, () => Clip]> = [
  ['aiModel', () => newAvatarClip(avatar, { ...placement, scale: 0.4 })],
  ['shape', () => newShapeClip(placement)],
  ['image', () => newImageClip('https://example.com/a.png', placement)],
  ['textImage', () => newTextClip(placement)],
  [
    'videoImage',
    () => newVideoClip('https://example.com/a.mp4', 'https://example.com/a.png', placement),
  ],
  ['audio', () => newAudioClip('https://example.com/a.mp3', 'a.mp3', 2)],
]

function projectWith(clip: Clip): Project {
  const project = newProject()
  return { ...project, scenes: [{ ...newScene(0), clips: [clip] }] }
}

describe.each(factories)('new %s clip', (type, create) => {
  test('validates without problems', () => {
    expect(validateProject(projectWith(create()))).toEqual([])
  })

  test('has type and id form', () => {
    const clip = create()
    expect(clip.type).toBe(type)
    expect(clip.id).toMatch(new RegExp(`^${type}-[0-9a-z]{11}$`))
  })

  test('name equals id', () => {
    const clip = create()
    expect(clip.name).toBe(clip.id)
  })

  test('starts with official key order', () => {
    expect(Object.keys(create()).slice(0, 7)).toEqual([
      'id',
      'type',
      'layer',
      'top',
      'left',
      'height',
      'width',
    ])
  })
})

describe('factory details', () => {
  test('placement scale sets both axes', () => {
    const clip = newAvatarClip(avatar, { ...placement, scale: 0.4 })
    expect(clip.scaleX).toBe(0.4)
    expect(clip.scaleY).toBe(0.4)
  })

  test('avatar keeps catalogue editor', () => {
    const clip = newAvatarClip(avatar, placement)
    expect(clip.model.editor).toEqual(avatar.editor)
  })

  test('avatar uses older script format', () => {
    expect(newAvatarClip(avatar, placement).script).toEqual({ org: '', tts: null })
  })

  test('avatar language defaults to en', () => {
    expect(newAvatarClip(avatar, placement).model.language).toBe('en')
  })

  test('audio has zero geometry', () => {
    const clip = newAudioClip('https://example.com/a.mp3', 'a.mp3', 2)
    expect([clip.left, clip.top, clip.width, clip.height]).toEqual([0, 0, 0, 0])
    expect(clip.layer).toBe(2)
  })

  test('new project validates', () => {
    expect(validateProject(newProject())).toEqual([])
  })

  test('new scene key order', () => {
    expect(Object.keys(newScene(3))).toEqual([
      'background',
      'watermark',
      'clips',
      'thumbnailUrl',
      'sceneIdx',
    ])
  })

  test('new scenes share no background', () => {
    expect(newScene(0).background).not.toBe(newScene(1).background)
  })
})
