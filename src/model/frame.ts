import type { Orientation, Project } from './types'

export interface Size {
  width: number
  height: number
}

const LANDSCAPE: Size = Object.freeze({ width: 1920, height: 1080 })
const PORTRAIT: Size = Object.freeze({ width: 1080, height: 1920 })

/**
 * Returns the video frame in pixels: clip coordinates are pixels of this frame. The same object is
 * returned for each orientation, so components that take it as a prop stay memoised.
 */
export function frameSize(orientation: Orientation): Size {
  return orientation === 'portrait' ? PORTRAIT : LANDSCAPE
}

/** The project's orientation, `landscape` when the field is missing or invalid as the API defaults. */
export function orientationOf(project: Project): Orientation {
  return project.orientation === 'portrait' ? 'portrait' : 'landscape'
}
