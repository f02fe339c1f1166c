import { Group, Rect, Text } from 'react-konva'
import { finiteOr } from '../../model/access'
import type { TextClip } from '../../model/types'
import { useView } from '../../store/view'
import { shadowProps } from './ShapeContent'

interface Props {
  clip: TextClip
  width: number
  height: number
}

/** The API's `fontSize` is in points; the frame is in pixels. */
export const PIXELS_PER_POINT = 4 / 3

const FALLBACK_FONTS = ['Noto Sans CJK JP', 'Noto Sans CJK KR', 'Noto Sans', 'sans-serif']

/** Builds a CSS font-family list with the clip's family first and CJK-capable fallbacks. */
export function fontFamilyList(family: unknown): string {
  const first = typeof family === 'string' && family !== '' ? family : 'Noto Sans CJK'
  return [first, ...FALLBACK_FONTS]
    .map((name) => (name === 'sans-serif' ? name : `"${name}"`))
    .join(', ')
}

/** Konva's `fontStyle` combines CSS style and weight, for example `italic 700`. */
export function konvaFontStyle(clip: TextClip): string {
  const italic = clip.fontStyle === 'italic' ? 'italic ' : ''
  const weight =
    clip.fontWeight === undefined || clip.fontWeight === '' ? 'normal' : String(clip.fontWeight)
  return `${italic}${weight}`
}

export function TextContent({ clip, width, height }: Props) {
  const editing = useView((state) => state.editingText === clip.id)
  // Text is measured again once web fonts finish loading.
  const fontsReady = useView((state) => state.fontsVersion)
  const strokeWidth = finiteOr(clip.strokeWidth, 0)
  const stroke =
    typeof clip.stroke === 'string' && clip.stroke !== '' && strokeWidth > 0
      ? clip.stroke
      : undefined
  const background =
    typeof clip.backgroundColor === 'string' && clip.backgroundColor !== ''
      ? clip.backgroundColor
      : undefined
  return (
    <Group>
      <Rect width={width} height={height} fill={background} listening />
      <Text
        key={fontsReady}
        width={width}
        height={height}
        text={typeof clip.text === 'string' ? clip.text : ''}
        fontSize={finiteOr(clip.fontSize, 12) * PIXELS_PER_POINT}
        fontFamily={fontFamilyList(clip.fontFamily)}
        fontStyle={konvaFontStyle(clip)}
        textDecoration={clip.underline === true ? 'underline' : ''}
        align={typeof clip.align === 'string' ? clip.align : 'left'}
        fill={typeof clip.fill === 'string' ? clip.fill : '#000000'}
        stroke={stroke}
        strokeWidth={stroke ? strokeWidth : 0}
        fillAfterStrokeEnabled
        wrap="word"
        visible={!editing}
        perfectDrawEnabled={false}
        {...shadowProps(clip.shadow)}
      />
    </Group>
  )
}
