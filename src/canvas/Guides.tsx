import { Group, Line, Rect } from 'react-konva'
import { useView } from '../store/view'

const GUIDE_COLOR = '#db2777'

/** Snap guides and the selection box, drawn in the overlay above the scene. */
export function Guides() {
  const guides = useView((state) => state.guides)
  const marquee = useView((state) => state.marquee)
  return (
    <Group listening={false}>
      {guides.map((guide, index) => (
        <Line
          key={index}
          points={
            guide.orientation === 'vertical'
              ? [guide.position, guide.from, guide.position, guide.to]
              : [guide.from, guide.position, guide.to, guide.position]
          }
          stroke={GUIDE_COLOR}
          strokeWidth={1}
          strokeScaleEnabled={false}
          dash={[4, 3]}
        />
      ))}
      {marquee && (
        <Rect
          x={marquee.x}
          y={marquee.y}
          width={marquee.width}
          height={marquee.height}
          fill="rgba(37,99,235,0.08)"
          stroke="#2563eb"
          strokeWidth={1}
          strokeScaleEnabled={false}
        />
      )}
    </Group>
  )
}
