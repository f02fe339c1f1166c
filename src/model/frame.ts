import type { Orientation, Project } from './types'

export interface Size {
  width: number
  height: number
}

/** The video frame in pixels: clip coordinates are pixels of this frame. */
export function frameSize(orientation: Orientation): Size {
  return orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 }
}

/** The project's orientation, `landscape` when the field is missing or invalid as the API defaults. */
export function orientationOf(project: Project): Orientation {
  return project.orientation === 'portrait' ? 'portrait' : 'landscape'
}
