import { createContext, useContext } from 'react'
import { Group, Rect, Text } from 'react-konva'

/** The clip's own scale, so placeholder text keeps a readable size on screen. */
export const ClipScaleContext = createContext(1)

interface Props {
  width: number
  height: number
  label: string
  reason?: string
}

/** A dashed box with a reason, drawn where a clip's asset or fields cannot be shown. */
export function ClipPlaceholder({ width, height, label, reason }: Props) {
  const scale = useContext(ClipScaleContext)
  const fontSize = Math.max(12, Math.min(40, (width * scale) / 14)) / scale
  return (
    <Group>
      <Rect
        width={width}
        height={height}
        fill="rgba(148,163,184,0.35)"
        stroke="#64748b"
        strokeWidth={2}
        dash={[10, 6]}
        strokeScaleEnabled={false}
      />
      <Text
        width={width}
        height={height}
        padding={8}
        align="center"
        verticalAlign="middle"
        text={reason ? `${label}\n${reason}` : label}
        fontSize={fontSize}
        fill="#1e293b"
        listening={false}
      />
    </Group>
  )
}
