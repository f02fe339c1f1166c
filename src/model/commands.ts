import { clipsOf, drawOrder, finiteOr, isObject, scenesOf } from './access'
import { newClipId } from './ids'
import { newScene } from './factory'
import type { Clip, Project, Scene } from './types'

/**
 * Pure editing commands. Each returns a new project and shares every object it did not change,
 * so unchanged scenes and clips keep their identity. Changed objects keep their key order.
 */

export function updateScene(
  project: Project,
  sceneIndex: number,
  update: (scene: Scene) => Scene,
): Project {
  const scenes = scenesOf(project)
  const scene = scenes[sceneIndex]
  if (!scene) return project
  const next = update(scene)
  if (next === scene) return project
  return { ...project, scenes: scenes.map((item, index) => (index === sceneIndex ? next : item)) }
}

/** Applies `update` to the clips whose ids are given. */
export function updateClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  update: (clip: Clip) => Clip,
): Project {
  return updateScene(project, sceneIndex, (scene) => {
    let changed = false
    const clips = clipsOf(scene).map((clip) => {
      if (!ids.has(clip.id)) return clip
      const next = update(clip)
      if (next !== clip) changed = true
      return next
    })
    return changed ? { ...scene, clips } : scene
  })
}

/** Sets fields of one clip. A value of `undefined` removes the key. */
export function setClipFields(
  project: Project,
  sceneIndex: number,
  id: string,
  patch: Record<string, unknown>,
): Project {
  return updateClips(project, sceneIndex, new Set([id]), (clip) => patchObject(clip, patch))
}

export function patchObject<T extends object>(target: T, patch: Record<string, unknown>): T {
  const next = { ...target } as Record<string, unknown>
  let changed = false
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key]
        changed = true
      }
    } else if (!Object.is(next[key], value)) {
      next[key] = value
      changed = true
    }
  }
  return changed ? (next as T) : target
}

/** Top layer of a scene plus one, so a new clip is drawn above the rest. */
export function nextLayer(scene: Scene | undefined): number {
  const layers = clipsOf(scene).map((clip) => finiteOr(clip.layer, 0))
  return layers.length === 0 ? 0 : Math.max(...layers) + 1
}

export function addClip(project: Project, sceneIndex: number, clip: Clip): Project {
  return updateScene(project, sceneIndex, (scene) => ({
    ...scene,
    clips: [...clipsOf(scene), clip],
  }))
}

export function removeClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
): Project {
  return updateScene(project, sceneIndex, (scene) => {
    const clips = clipsOf(scene)
    const kept = clips.filter((clip) => !ids.has(clip.id))
    return kept.length === clips.length ? scene : { ...scene, clips: kept }
  })
}

/** Moves clips by (dx, dy) frame pixels, honouring each clip's `lockMovementX` and `lockMovementY`. */
export function moveClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  dx: number,
  dy: number,
): Project {
  return updateClips(project, sceneIndex, ids, (clip) =>
    patchObject(clip, {
      left: clip.lockMovementX === true ? clip.left : finiteOr(clip.left, 0) + dx,
      top: clip.lockMovementY === true ? clip.top : finiteOr(clip.top, 0) + dy,
    }),
  )
}

/** Copies clips with new ids, 20 px down and right, above every other clip. Returns the new ids. */
export function duplicateClips(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  offset = 20,
): { project: Project; ids: string[] } {
  const scene = scenesOf(project)[sceneIndex]
  const sources = drawOrder(clipsOf(scene)).filter((clip) => ids.has(clip.id))
  let layer = nextLayer(scene)
  const copies = sources.map((clip) => {
    const copy = cloneClip(clip)
    copy.left = finiteOr(clip.left, 0) + offset
    copy.top = finiteOr(clip.top, 0) + offset
    copy.layer = layer++
    return copy
  })
  const next = updateScene(project, sceneIndex, (item) => ({
    ...item,
    clips: [...clipsOf(item), ...copies],
  }))
  return { project: next, ids: copies.map((copy) => copy.id) }
}

/** Deep-copies a clip under a new id. `name` follows the id where it equalled it, as the official editor writes. */
export function cloneClip(clip: Clip): Clip {
  const copy = structuredClone(clip)
  const id = newClipId(clip.type)
  copy.id = id
  if (clip.name === clip.id) copy.name = id
  return copy
}

/**
 * Moves each selected clip one step up (`direction` 1) or down (-1) the drawing order, past the
 * next clip that is not selected. Different layers swap values; equal layers, where array order
 * decides, swap array positions. Different layers also swap positions when another clip shares
 * a layer with them, so no clip skips past a third. Only the two clips of each step change.
 */
export function shiftLayer(
  project: Project,
  sceneIndex: number,
  ids: ReadonlySet<string>,
  direction: 1 | -1,
): Project {
  return updateScene(project, sceneIndex, (scene) => {
    const clips = [...clipsOf(scene)]
    let order = drawOrder(clips)
    const moving = order.filter((clip) => ids.has(clip.id))
    if (direction === 1) moving.reverse()
    let changed = false
    for (const selected of moving) {
      const position = order.findIndex((clip) => clip.id === selected.id)
      const neighbour = order[position + direction]
      if (!neighbour || ids.has(neighbour.id)) continue
      const current = order[position] as Clip
      const a = clips.indexOf(current)
      const b = clips.indexOf(neighbour)
      if (finiteOr(current.layer, 0) === finiteOr(neighbour.layer, 0)) {
        clips[a] = neighbour
        clips[b] = current
      } else {
        const shifted = { ...current, layer: neighbour.layer }
        const displaced = { ...neighbour, layer: current.layer }
        clips[a] = shifted
        clips[b] = displaced
        // Other clips on either layer can sort between the two by array order. Swapping array
        // positions as well gives each clip exactly the other's place in the drawing order.
        const swapped = drawOrder(clips)
        if (swapped[position] !== displaced || swapped[position + direction] !== shifted) {
          clips[a] = displaced
          clips[b] = shifted
        }
      }
      order = drawOrder(clips)
      changed = true
    }
    return changed ? { ...scene, clips } : scene
  })
}

/** Writes `sceneIdx` as each scene's 0-based play position, changing only scenes that differ. */
export function renumberScenes(project: Project): Project {
  const scenes = scenesOf(project)
  if (scenes.every((scene, index) => scene.sceneIdx === index)) return project
  return {
    ...project,
    scenes: scenes.map((scene, index) =>
      scene.sceneIdx === index ? scene : { ...scene, sceneIdx: index },
    ),
  }
}

function withScenes(project: Project, scenes: Scene[]): Project {
  return renumberScenes({ ...project, scenes })
}

export function addScene(project: Project, scene?: Scene): Project {
  const scenes = scenesOf(project)
  return withScenes(project, [...scenes, scene ?? newScene(scenes.length)])
}

/** Inserts a copy of a scene after it, with new clip ids, and returns the copy's index. */
export function duplicateScene(
  project: Project,
  sceneIndex: number,
): { project: Project; index: number } {
  const scenes = scenesOf(project)
  const source = scenes[sceneIndex]
  if (!source) return { project, index: sceneIndex }
  const copy = structuredClone(source)
  if (Array.isArray(copy.clips))
    copy.clips = copy.clips.map((clip) => (isObject(clip) ? cloneClip(clip) : clip))
  const next = [...scenes.slice(0, sceneIndex + 1), copy, ...scenes.slice(sceneIndex + 1)]
  return { project: withScenes(project, next), index: sceneIndex + 1 }
}

export function removeScene(project: Project, sceneIndex: number): Project {
  const scenes = scenesOf(project)
  if (!scenes[sceneIndex]) return project
  return withScenes(
    project,
    scenes.filter((_, index) => index !== sceneIndex),
  )
}

export function moveScene(project: Project, from: number, to: number): Project {
  const scenes = [...scenesOf(project)]
  const [moved] = scenes.splice(from, 1)
  if (!moved || to < 0 || to > scenes.length) return project
  scenes.splice(to, 0, moved)
  return withScenes(project, scenes)
}

/** Sets a top-level field; `undefined` removes it, as an empty webhook address must not be sent. */
export function setProjectField(project: Project, key: string, value: unknown): Project {
  return patchObject(project, { [key]: value })
}

/**
 * Rewrites `layer` so the scene draws its clips in the given order, bottom first, numbering them
 * 0, 1, 2 … Clips missing from `orderedIds` keep their place below the ordered ones.
 */
export function reorderLayers(
  project: Project,
  sceneIndex: number,
  orderedIds: readonly string[],
): Project {
  return updateScene(project, sceneIndex, (scene) => {
    const order = drawOrder(clipsOf(scene))
    const listed = new Set(orderedIds)
    const ids = [
      ...order.filter((clip) => !listed.has(clip.id)).map((clip) => clip.id),
      ...orderedIds,
    ]
    const layerOf = new Map(ids.map((id, index) => [id, index]))
    let changed = false
    const clips = clipsOf(scene).map((clip) => {
      const layer = layerOf.get(clip.id)
      if (layer === undefined || clip.layer === layer) return clip
      changed = true
      return { ...clip, layer }
    })
    return changed ? { ...scene, clips } : scene
  })
}

/**
 * Pastes copies of clips into a scene with new ids, keeping every other field, above the scene's
 * clips. Copies pasted into the scene they came from are offset so they do not hide the originals.
 */
export function pasteClips(
  project: Project,
  sceneIndex: number,
  clips: readonly Clip[],
  offset: number,
): { project: Project; ids: string[] } {
  let layer = nextLayer(scenesOf(project)[sceneIndex])
  const copies = drawOrder(clips).map((clip) => {
    const copy = cloneClip(clip)
    copy.layer = layer++
    if (offset !== 0) {
      copy.left = finiteOr(clip.left, 0) + offset
      copy.top = finiteOr(clip.top, 0) + offset
    }
    return copy
  })
  const next = updateScene(project, sceneIndex, (scene) => ({
    ...scene,
    clips: [...clipsOf(scene), ...copies],
  }))
  return { project: next, ids: copies.map((copy) => copy.id) }
}
