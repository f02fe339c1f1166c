/**
 * Types of the AI Studios V3 create-project request.
 *
 * The editor keeps the request exactly as parsed, so every object may carry keys that are not
 * listed here, and an imported project may break these types until its problems are fixed.
 * Code that draws or edits reads values through the accessors in `access.ts`.
 */

export const CLIP_TYPES = ['aiModel', 'shape', 'image', 'textImage', 'videoImage', 'audio'] as const
export type ClipType = (typeof CLIP_TYPES)[number]

export const SHAPE_NAMES = [
  'Line_v2',
  'Arrow_1_v2',
  'Arrow_2_v2',
  'Circle',
  'Triangle',
  'Square',
  'Parallelogram',
  'Drop_1',
  'Polygon',
  'Pentagon',
  'Oval_1',
  'Oval_2',
  'Hexagon_1',
  'Hexagon_2',
  'Diamond',
  'Star',
  'Rectangle_corner0',
] as const
export type ShapeName = (typeof SHAPE_NAMES)[number]

export const ANIMATION_TYPES = [
  'fade-in',
  'fade-out',
  'in-right',
  'in-down',
  'in-left',
  'in-up',
  'out-right',
  'out-down',
  'out-left',
  'out-up',
  'zoom-in',
  'zoom-out',
] as const

export const ORIENTATIONS = ['landscape', 'portrait'] as const
export type Orientation = (typeof ORIENTATIONS)[number]

export const RESOLUTIONS = ['4k', '1080', '720', '480'] as const

/** A JSON object whose keys beyond the declared ones are kept as received. */
export type Open = { [key: string]: unknown }

export interface Animation extends Open {
  type: string
  duration: number
  delay: number
}

export interface Shadow extends Open {
  color?: string
  blur?: number
  offsetX?: number
  offsetY?: number
  enabled?: boolean
}

export interface ClipBase extends Open {
  id: string
  type: ClipType
  left: number
  top: number
  width: number
  height: number
  scaleX?: number
  scaleY?: number
  layer: number
  tag?: string
  name?: string
  opacity?: number
  angle?: number
}

export interface ClipScript extends Open {
  org: string
  tts: unknown
}

export interface AvatarModel extends Open {
  ai_name: string
  emotion: string
  language?: string
  source_url?: string
  editor?: Open
}

export interface AvatarClip extends ClipBase {
  type: 'aiModel'
  model: AvatarModel
  script?: ClipScript
}

export interface ShapeClip extends ClipBase {
  type: 'shape'
  shapeName: ShapeName
  fill: string
  stroke?: string
  strokeWidth?: number
  strokeRadius?: number
  shadow?: Shadow
  animation?: Animation
}

export interface ImageClip extends ClipBase {
  type: 'image'
  source_url: string
  animation?: Animation
}

export interface TextClip extends ClipBase {
  type: 'textImage'
  text: string
  fill: string
  fontSize: number
  fontFamily?: string
  align?: string
  backgroundColor?: string
  stroke?: string
  strokeWidth?: number
  fontWeight?: number | string
  fontStyle?: string
  underline?: boolean
  shadow?: Shadow
  animation?: Animation
}

export interface VideoClip extends ClipBase {
  type: 'videoImage'
  video_url: string
  source_url?: string
  volume?: number
}

export interface AudioClip extends ClipBase {
  type: 'audio'
  source_url: string
  label: string
  volume?: number
}

export type Clip = AvatarClip | ShapeClip | ImageClip | TextClip | VideoClip | AudioClip

export interface Background extends Open {
  id: string
  type: 'background'
  source_type: string
  source_url?: string
  source_color?: string
}

/** Speech in the newer format: one entry of `scenes[].scripts`. */
export interface SceneScript extends Open {
  org: string
  isTTS?: boolean
  tts?: unknown
  modelId: string
  clothId: string
}

export interface Scene extends Open {
  sceneIdx: number
  background: Background
  clips: Clip[]
  watermark?: boolean
  thumbnailUrl?: string | null
  scripts?: SceneScript[]
}

export interface Project extends Open {
  name?: string
  orientation?: Orientation
  dictionary?: unknown
  scenes: Scene[]
  webhookUrl?: string
}
