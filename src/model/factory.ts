import { newClipId } from './ids'
import type {
  AudioClip,
  AvatarClip,
  Background,
  ClipBase,
  ClipType,
  ImageClip,
  Open,
  Project,
  Scene,
  ShapeClip,
  ShapeName,
  TextClip,
  VideoClip,
} from './types'

/** Position, layer and drawn size of a new clip. */
export interface Placement {
  left: number
  top: number
  layer: number
  width: number
  height: number
  scale?: number
}

/** An avatar and outfit from the catalogue, with the still that the editor places. */
export interface AvatarChoice {
  ai_name: string
  emotion: string
  language?: string
  source_url: string
  /** The still's natural size in pixels. */
  width: number
  height: number
  /** Catalogue geometry such as the head box, kept as given. */
  editor?: Open
}

/** Fields that the official editor writes on every clip, in its key order. */
function clipHead<T extends ClipType>(type: T, placement: Placement): ClipBase & { type: T } {
  const id = newClipId(type)
  const scale = placement.scale ?? 1
  return {
    id,
    type,
    layer: placement.layer,
    top: placement.top,
    left: placement.left,
    height: placement.height,
    width: placement.width,
    name: id,
    scaleX: scale,
    scaleY: scale,
  }
}

export function newAvatarClip(avatar: AvatarChoice, placement: Placement): AvatarClip {
  const model: AvatarClip['model'] = {
    ai_name: avatar.ai_name,
    emotion: avatar.emotion,
    language: avatar.language ?? 'en',
    source_url: avatar.source_url,
  }
  if (avatar.editor) model.editor = avatar.editor
  return {
    ...clipHead('aiModel', placement),
    script: { org: '', tts: null },
    model,
    fill: 'rgb(0,0,0)',
    opacity: 100,
    headOnly: null,
    voiceOnly: false,
    isDelete: false,
  }
}

export function newShapeClip(
  placement: Placement,
  shapeName: ShapeName = 'Rectangle_corner0',
): ShapeClip {
  return {
    ...clipHead('shape', placement),
    shapeName,
    angle: 0,
    opacity: 100,
    fill: 'rgb(59,130,246)',
    stroke: '',
    strokeWidth: 0,
    strokeRadius: 0,
  }
}

export function newImageClip(sourceUrl: string, placement: Placement): ImageClip {
  return { ...clipHead('image', placement), source_url: sourceUrl, angle: 0, opacity: 100 }
}

export function newTextClip(placement: Placement, text = 'Your text here'): TextClip {
  return {
    ...clipHead('textImage', placement),
    text,
    fill: 'rgb(20,20,40)',
    fontSize: 48,
    fontFamily: 'Noto Sans CJK',
    align: 'left',
    angle: 0,
    opacity: 100,
    backgroundColor: '',
    stroke: '',
    strokeWidth: 0,
    fontWeight: 400,
    fontStyle: '',
    underline: false,
  }
}

export function newVideoClip(videoUrl: string, posterUrl: string, placement: Placement): VideoClip {
  return {
    ...clipHead('videoImage', placement),
    video_url: videoUrl,
    source_url: posterUrl,
    volume: 100,
    opacity: 100,
  }
}

/** Audio has the geometry fields of every clip but draws nothing, so they are zero. */
export function newAudioClip(sourceUrl: string, label: string, layer: number): AudioClip {
  return {
    ...clipHead('audio', { left: 0, top: 0, width: 0, height: 0, layer }),
    source_url: sourceUrl,
    volume: 100,
    label,
  }
}

export function newBackground(): Background {
  return {
    id: 'background',
    type: 'background',
    source_type: 'image',
    source_url: '/images/background/bg_blue_gradient.png',
    source_color: 'rgb(54,188,37)',
  }
}

export function newScene(sceneIdx: number): Scene {
  return {
    background: newBackground(),
    watermark: false,
    clips: [],
    thumbnailUrl: null,
    sceneIdx,
  }
}

/** A new project uses the published sample's layout and its older clip `script` speech. */
export function newProject(): Project {
  return { name: 'Untitled video', orientation: 'landscape', scenes: [newScene(0)] }
}
