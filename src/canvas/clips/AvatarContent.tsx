import { Ellipse, Group, Image, Rect, Text } from 'react-konva'
import { finiteOr, isObject } from '../../model/access'
import type { AvatarClip } from '../../model/types'
import { useClipImage } from './useClipImage'

interface Props {
  clip: AvatarClip
  width: number
  height: number
}

/** The presenter's still, or a silhouette at the same geometry when the still cannot load. */
export function AvatarContent({ clip, width, height }: Props) {
  const model = isObject(clip.model) ? clip.model : undefined
  const asset = useClipImage(model?.source_url)
  if (asset.status === 'loaded') {
    return <Image image={asset.image} width={width} height={height} perfectDrawEnabled={false} />
  }
  const reason = asset.status === 'failed' ? 'Avatar image unavailable' : 'Loading avatar…'
  return <Silhouette clip={clip} width={width} height={height} label={reason} />
}

/**
 * Head box in the still's pixels. `model.editor` gives it in pixels of the original frame, and the
 * still is that frame cropped by `modelTightX`/`modelTightY`. Without it, a typical framing is used.
 */
export function headBox(
  clip: AvatarClip,
  width: number,
): { x: number; y: number; width: number; height: number } {
  const editor = isObject(clip.model) && isObject(clip.model.editor) ? clip.model.editor : undefined
  const headWidth = finiteOr(editor?.headWidth, width * 0.27)
  const headHeight = finiteOr(editor?.headHeight, headWidth * 1.05)
  const centerX = finiteOr(editor?.headCenterX, NaN) - finiteOr(editor?.modelTightX, 0)
  const centerY = finiteOr(editor?.headCenterY, NaN) - finiteOr(editor?.modelTightY, 0)
  return {
    x: Number.isFinite(centerX) ? centerX : width / 2,
    y: Number.isFinite(centerY) ? centerY : headHeight * 0.75,
    width: headWidth,
    height: headHeight,
  }
}

function Silhouette({ clip, width, height, label }: Props & { label: string }) {
  const head = headBox(clip, width)
  const shoulders = head.y + head.height * 0.75
  const bodyWidth = Math.min(width, head.width * 3)
  return (
    <Group>
      <Rect
        width={width}
        height={height}
        fill="rgba(100,116,139,0.12)"
        stroke="#64748b"
        strokeWidth={2}
        dash={[12, 8]}
        strokeScaleEnabled={false}
      />
      <Ellipse
        x={head.x}
        y={head.y}
        radiusX={head.width / 2}
        radiusY={head.height / 2}
        fill="#94a3b8"
      />
      <Rect
        x={Math.min(Math.max(0, head.x - bodyWidth / 2), width - bodyWidth)}
        y={Math.min(shoulders, height)}
        width={bodyWidth}
        height={Math.max(0, height - Math.min(shoulders, height))}
        cornerRadius={head.width / 2}
        fill="#94a3b8"
      />
      <Text
        x={0}
        y={Math.max(0, head.y - head.height * 1.4)}
        width={width}
        align="center"
        text={label}
        fontSize={Math.max(16, width / 18)}
        fill="#334155"
        listening={false}
      />
    </Group>
  )
}
