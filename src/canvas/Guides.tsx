import Konva from 'konva'
import { useEffect, useRef } from 'react'
import { Group } from 'react-konva'
import type { Rect } from '../model/geometry'
import type { Guide } from '../model/snapping'
import { useView } from '../store/view'

const GUIDE_COLOR = '#db2777'
const MARQUEE_COLOR = '#2563eb'

function guideLine(guide: Guide): Konva.Line {
  const points =
    guide.orientation === 'vertical'
      ? [guide.position, guide.from, guide.position, guide.to]
      : [guide.from, guide.position, guide.to, guide.position]
  return new Konva.Line({
    points,
    stroke: GUIDE_COLOR,
    strokeWidth: 1,
    strokeScaleEnabled: false,
    dash: [4, 3],
  })
}

function marqueeBox(box: Rect): Konva.Rect {
  return new Konva.Rect({
    ...box,
    fill: 'rgba(37,99,235,0.08)',
    stroke: MARQUEE_COLOR,
    strokeWidth: 1,
    strokeScaleEnabled: false,
  })
}

/**
 * Snap guides and the selection box, drawn in the overlay above the scene. They change on every
 * pointer move of a gesture, so they are drawn with Konva directly rather than through React.
 */
export function Guides() {
  const group = useRef<Konva.Group>(null)

  useEffect(() => {
    const draw = (state: { guides: Guide[]; marquee: Rect | null }) => {
      const node = group.current
      if (!node) return
      node.destroyChildren()
      for (const guide of state.guides) node.add(guideLine(guide))
      if (state.marquee) node.add(marqueeBox(state.marquee))
      node.getLayer()?.batchDraw()
    }
    draw(useView.getState())
    return useView.subscribe((state, previous) => {
      if (state.guides !== previous.guides || state.marquee !== previous.marquee) draw(state)
    })
  }, [])

  return <Group ref={group} listening={false} />
}
