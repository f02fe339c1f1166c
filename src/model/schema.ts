import { z } from 'zod'
import { ANIMATION_TYPES, ORIENTATIONS, RESOLUTIONS, SHAPE_NAMES } from './types'

/**
 * Zod schemas of the create-project request, following the AI Studios V3 docs. Objects are loose:
 * keys the docs do not list pass validation and are kept by the editor as received.
 */

const percent = z.number().min(0).max(100)

export const animationSchema = z.looseObject({
  type: z.enum(ANIMATION_TYPES),
  duration: z.number().min(1).max(30),
  delay: z.number().min(0).max(30),
})

export const shadowSchema = z.looseObject({
  color: z.string().optional(),
  blur: z.number().min(0).max(10).optional(),
  offsetX: z.number().optional(),
  offsetY: z.number().optional(),
  enabled: z.boolean().optional(),
})

const clipBase = {
  id: z.string().min(1),
  type: z.string(),
  left: z.number(),
  top: z.number(),
  width: z.number().min(0),
  height: z.number().min(0),
  scaleX: z.number().positive().optional(),
  scaleY: z.number().positive().optional(),
  layer: z.int(),
  tag: z.string().optional(),
  name: z.string().optional(),
  opacity: percent.optional(),
}

const styled = {
  angle: z.number().optional(),
  animation: animationSchema.optional(),
}

export const avatarClipSchema = z.looseObject({
  ...clipBase,
  model: z.looseObject({
    ai_name: z.string().min(1),
    emotion: z.string().min(1),
    language: z.string().optional(),
    source_url: z.string().optional(),
  }),
  script: z.looseObject({ org: z.string() }).optional(),
  effects: z.array(z.looseObject({ type: z.string() })).optional(),
  voiceOnly: z.boolean().optional(),
  isDelete: z.boolean().optional(),
})

export const shapeClipSchema = z.looseObject({
  ...clipBase,
  ...styled,
  shapeName: z.enum(SHAPE_NAMES),
  fill: z.string(),
  stroke: z.string().optional(),
  strokeWidth: z.number().min(0).optional(),
  strokeRadius: z.number().min(0).optional(),
  shadow: shadowSchema.optional(),
})

export const imageClipSchema = z.looseObject({
  ...clipBase,
  ...styled,
  source_url: z.string().min(1),
})

export const textClipSchema = z.looseObject({
  ...clipBase,
  ...styled,
  text: z.string(),
  fill: z.string(),
  fontSize: z.number().positive(),
  fontFamily: z.string().optional(),
  align: z.string().optional(),
  backgroundColor: z.string().optional(),
  stroke: z.string().optional(),
  strokeWidth: z.number().min(0).optional(),
  fontWeight: z.union([z.number(), z.string()]).optional(),
  fontStyle: z.string().optional(),
  underline: z.boolean().optional(),
  shadow: shadowSchema.optional(),
})

export const videoClipSchema = z.looseObject({
  ...clipBase,
  video_url: z.string().min(1),
  source_url: z.string().optional(),
  volume: percent.optional(),
})

export const audioClipSchema = z.looseObject({
  ...clipBase,
  source_url: z.string().min(1),
  label: z.string().min(1),
  volume: percent.optional(),
})

export const clipSchemas = {
  aiModel: avatarClipSchema,
  shape: shapeClipSchema,
  image: imageClipSchema,
  textImage: textClipSchema,
  videoImage: videoClipSchema,
  audio: audioClipSchema,
} as const

export const backgroundSchema = z.looseObject({
  id: z.string(),
  type: z.literal('background'),
  source_type: z.string(),
  source_url: z.string().optional(),
  source_color: z.string().optional(),
})

export const sceneScriptSchema = z.looseObject({
  org: z.string(),
  isTTS: z.boolean().optional(),
  modelId: z.string().min(1),
  clothId: z.string().min(1),
})

/** The scene without its clips and background, which are checked one by one. */
export const sceneSchema = z.looseObject({
  sceneIdx: z.int().min(0),
  background: z.unknown().refine((value) => value !== undefined, {
    message: 'required field is missing (expected a background object)',
  }),
  clips: z.array(z.unknown()),
  watermark: z.boolean().optional(),
  thumbnailUrl: z.string().nullable().optional(),
  scripts: z.array(sceneScriptSchema).optional(),
})

/** The project without its scenes, which are checked one by one. */
export const projectSchema = z.looseObject({
  name: z.string().optional(),
  orientation: z.enum(ORIENTATIONS).optional(),
  scenes: z.array(z.unknown()).min(1, { message: 'must contain at least one scene' }),
  webhookUrl: z.url({ protocol: /^https?$/ }).optional(),
  isExport: z.boolean().optional(),
  workspaceId: z.string().optional(),
  resolution: z.enum(RESOLUTIONS).optional(),
})
