import type { Clip, Project, Scene } from './types'

/** Drawn placement of a clip, read defensively from a request that may hold invalid values. */
export interface Geometry {
  left: number
  top: number
  width: number
  height: number
  scaleX: number
  scaleY: number
  /** Degrees clockwise about the top-left corner. */
  angle: number
  /** 0 to 1, from the request's 0 to 100. */
  opacity: number
}

export function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The project's scenes, or none when `scenes` is not an array. */
export function scenesOf(project: Project): Scene[] {
  return Array.isArray(project.scenes) ? project.scenes.filter(isObject) : []
}

/** The scene's clips, or none when `clips` is not an array. */
export function clipsOf(scene: Scene | undefined): Clip[] {
  return scene && Array.isArray(scene.clips) ? scene.clips.filter(isObject) : []
}

export function clipGeometry(clip: Clip): Geometry {
  return {
    left: finiteOr(clip.left, 0),
    top: finiteOr(clip.top, 0),
    width: Math.max(0, finiteOr(clip.width, 0)),
    height: Math.max(0, finiteOr(clip.height, 0)),
    scaleX: finiteOr(clip.scaleX, 1),
    scaleY: finiteOr(clip.scaleY, 1),
    angle: finiteOr(clip.angle, 0),
    opacity: Math.min(1, Math.max(0, finiteOr(clip.opacity, 100) / 100)),
  }
}

/**
 * Returns the clips in drawing order, bottom first: by `layer`, then by position in the array
 * where layers are equal.
 */
export function drawOrder(clips: readonly Clip[]): Clip[] {
  return clips
    .map((clip, index) => ({ clip, index, layer: finiteOr(clip.layer, 0) }))
    .sort((a, b) => a.layer - b.layer || a.index - b.index)
    .map((entry) => entry.clip)
}

export function findClip(scene: Scene | undefined, id: string): Clip | undefined {
  return clipsOf(scene).find((clip) => clip.id === id)
}

/** Whether a clip is locked in place on both axes, as the Layers panel's lock sets it. */
export function isLocked(clip: Clip): boolean {
  return clip.lockMovementX === true && clip.lockMovementY === true
}
