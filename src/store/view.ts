import { create } from 'zustand'
import type { Size } from '../model/frame'
import type { Rect } from '../model/geometry'
import type { Guide } from '../model/snapping'
import { fitViewport, zoomAt, type Viewport } from '../model/viewport'

/** View state of the stage: fit, zoom, guides and open menus. Not part of the project and not undoable. */
interface ViewState {
  container: Size
  frame: Size
  /** While true, the viewport follows the container and frame sizes. */
  fitted: boolean
  viewport: Viewport
  /** Host that relative asset URLs resolve against in the preview; empty means this page's origin. */
  assetHost: string
  /** Id of the video clip playing in the preview, if any. */
  playingVideo: string | null
  /** Id of the text clip being edited in place, if any. */
  editingText: string | null
  /** Whether drags and resizes snap to the frame and other clips; Alt suspends it per gesture. */
  snapping: boolean
  /** Snap guides to draw during the current gesture, in frame pixels. */
  guides: Guide[]
  /** The selection box being dragged on empty canvas, in frame pixels. */
  marquee: Rect | null
  /** The open editor overlay: the shortcuts dialog, or the context menu at a page position. */
  panel: 'shortcuts' | { menuX: number; menuY: number } | null
  setPanel: (panel: ViewState['panel']) => void
  toggleSnapping: () => void
  setGuides: (guides: Guide[]) => void
  setMarquee: (marquee: Rect | null) => void
  /** Counts web font loads, so text is measured again after each. */
  fontsVersion: number
  fontsLoaded: () => void
  setAssetHost: (host: string) => void
  setPlayingVideo: (id: string | null) => void
  setEditingText: (id: string | null) => void
  setSizes: (container: Size, frame: Size) => void
  zoomBy: (factor: number, pointer?: { x: number; y: number }) => void
  panBy: (dx: number, dy: number) => void
  zoomToFit: () => void
}

/** Whether two guide lists draw the same lines, so an unchanged snap re-renders nothing. */
function sameGuides(a: readonly Guide[], b: readonly Guide[]): boolean {
  if (a.length !== b.length) return false
  return a.every((guide, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      guide.orientation === other.orientation &&
      guide.position === other.position &&
      guide.from === other.from &&
      guide.to === other.to
    )
  })
}

export const useView = create<ViewState>()((set, get) => ({
  container: { width: 800, height: 600 },
  frame: { width: 1920, height: 1080 },
  fitted: true,
  viewport: { scale: 1, x: 0, y: 0 },
  assetHost: '',
  playingVideo: null,
  editingText: null,
  snapping: true,
  guides: [],
  marquee: null,
  panel: null,
  setPanel: (panel) => set({ panel }),
  toggleSnapping: () => set({ snapping: !get().snapping }),
  setGuides: (guides) => {
    if (!sameGuides(guides, get().guides)) set({ guides })
  },
  setMarquee: (marquee) => set({ marquee }),
  fontsVersion: 0,
  fontsLoaded: () => set({ fontsVersion: get().fontsVersion + 1 }),

  setAssetHost: (assetHost) => set({ assetHost }),
  setPlayingVideo: (playingVideo) => set({ playingVideo }),
  setEditingText: (editingText) => set({ editingText }),

  setSizes: (container, frame) => {
    const state = get()
    const frameChanged = frame.width !== state.frame.width || frame.height !== state.frame.height
    const fitted = state.fitted || frameChanged
    set({
      container,
      frame,
      fitted,
      viewport: fitted ? fitViewport(container, frame) : state.viewport,
    })
  },

  zoomBy: (factor, pointer) => {
    const { container, viewport } = get()
    const at = pointer ?? { x: container.width / 2, y: container.height / 2 }
    set({ fitted: false, viewport: zoomAt(viewport, factor, at) })
  },

  panBy: (dx, dy) => {
    const { viewport } = get()
    set({ fitted: false, viewport: { ...viewport, x: viewport.x + dx, y: viewport.y + dy } })
  },

  zoomToFit: () => {
    const { container, frame } = get()
    set({ fitted: true, viewport: fitViewport(container, frame) })
  },
}))
