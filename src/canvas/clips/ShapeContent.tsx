import type Konva from 'konva'
import { Shape } from 'react-konva'
import { finiteOr, isObject } from '../../model/access'
import type { ShapeClip } from '../../model/types'
import { traceShape } from '../shapePaths'

interface Props {
  clip: ShapeClip
  width: number
  height: number
}

/** Shadow attributes for Konva from the API's `shadow` object, when enabled. */
export function shadowProps(shadow: unknown): Konva.ShapeConfig {
  if (!isObject(shadow) || shadow.enabled === false) return {}
  return {
    shadowColor: typeof shadow.color === 'string' ? shadow.color : '#000000',
    shadowBlur: finiteOr(shadow.blur, 0),
    shadowOffsetX: finiteOr(shadow.offsetX, 0),
    shadowOffsetY: finiteOr(shadow.offsetY, 0),
    shadowEnabled: true,
  }
}

export function ShapeContent({ clip, width, height }: Props) {
  const name = String(clip.shapeName)
  const radius = finiteOr(clip.strokeRadius, 0)
  const strokeWidth = finiteOr(clip.strokeWidth, 0)
  const stroke =
    typeof clip.stroke === 'string' && clip.stroke !== '' && strokeWidth > 0
      ? clip.stroke
      : undefined
  return (
    <Shape
      width={width}
      height={height}
      sceneFunc={(context, shape) => {
        traceShape(context, name, width, height, radius)
        context.fillStrokeShape(shape)
      }}
      fill={typeof clip.fill === 'string' ? clip.fill : '#000000'}
      stroke={stroke}
      strokeWidth={stroke ? strokeWidth : 0}
      perfectDrawEnabled={false}
      {...shadowProps(clip.shadow)}
    />
  )
}
