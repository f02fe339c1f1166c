import { clipsOf, isLocked, scenesOf } from '../model/access'
import { alignClips, distributeClips, type AlignEdge } from '../model/align'
import { frameSize, orientationOf } from '../model/frame'
import { redo, undo, useEditor } from '../store/editor'
import { useView } from '../store/view'

/** A user command, read by the toolbar, the shortcuts dialog and the keyboard alike. */
export interface EditorCommand {
  id: string
  label: string
  /** Key combinations such as `Mod+Z`, where Mod is Ctrl, or Cmd on a Mac. */
  keys: string[]
  /** Fewest selected clips the command needs; buttons and menu items are disabled below it. */
  minSelection?: number
  run: () => void
}

const ZOOM_STEP = 1.25

const nudge = (dx: number, dy: number) => () => useEditor.getState().nudgeSelection(dx, dy)

const align = (edge: AlignEdge) => () => {
  const { apply, sceneIndex, selection } = useEditor.getState()
  apply((project) =>
    alignClips(project, sceneIndex, new Set(selection), edge, frameSize(orientationOf(project))),
  )
}

const distribute = (axis: 'x' | 'y') => () => {
  const { apply, sceneIndex, selection } = useEditor.getState()
  apply((project) => distributeClips(project, sceneIndex, new Set(selection), axis))
}

export const COMMANDS: EditorCommand[] = [
  { id: 'undo', label: 'Undo', keys: ['Mod+Z'], run: undo },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'], run: redo },
  {
    id: 'delete',
    minSelection: 1,
    label: 'Delete',
    keys: ['Delete', 'Backspace'],
    run: () => useEditor.getState().deleteSelection(),
  },
  {
    id: 'duplicate',
    minSelection: 1,
    label: 'Duplicate',
    keys: ['Mod+D'],
    run: () => useEditor.getState().duplicateSelection(),
  },
  {
    id: 'bringForward',
    minSelection: 1,
    label: 'Bring forward',
    keys: ['Mod+]'],
    run: () => useEditor.getState().shiftSelectionLayer(1),
  },
  {
    id: 'sendBackward',
    minSelection: 1,
    label: 'Send backward',
    keys: ['Mod+['],
    run: () => useEditor.getState().shiftSelectionLayer(-1),
  },
  {
    id: 'copy',
    minSelection: 1,
    label: 'Copy',
    keys: ['Mod+C'],
    run: () => useEditor.getState().copySelection(),
  },
  {
    id: 'cut',
    minSelection: 1,
    label: 'Cut',
    keys: ['Mod+X'],
    run: () => useEditor.getState().cutSelection(),
  },
  { id: 'paste', label: 'Paste', keys: ['Mod+V'], run: () => useEditor.getState().paste() },
  {
    id: 'selectAll',
    label: 'Select all',
    keys: ['Mod+A'],
    run: () => {
      const state = useEditor.getState()
      const clips = clipsOf(scenesOf(state.project)[state.sceneIndex])
      // Like the selection box, it skips clips hidden while editing and locked clips, which a
      // following Delete or nudge would otherwise change out of sight.
      const selectable = clips.filter(
        (clip) => clip.type !== 'audio' && state.hidden[clip.id] !== true && !isLocked(clip),
      )
      state.select(selectable.map((clip) => clip.id))
    },
  },
  {
    id: 'deselect',
    label: 'Clear selection',
    keys: ['Escape'],
    run: () => useEditor.getState().select([]),
  },
  { id: 'nudgeLeft', label: 'Nudge left', keys: ['ArrowLeft'], run: nudge(-1, 0) },
  { id: 'nudgeRight', label: 'Nudge right', keys: ['ArrowRight'], run: nudge(1, 0) },
  { id: 'nudgeUp', label: 'Nudge up', keys: ['ArrowUp'], run: nudge(0, -1) },
  { id: 'nudgeDown', label: 'Nudge down', keys: ['ArrowDown'], run: nudge(0, 1) },
  { id: 'nudgeLeftFar', label: 'Nudge left 10 px', keys: ['Shift+ArrowLeft'], run: nudge(-10, 0) },
  {
    id: 'nudgeRightFar',
    label: 'Nudge right 10 px',
    keys: ['Shift+ArrowRight'],
    run: nudge(10, 0),
  },
  { id: 'nudgeUpFar', label: 'Nudge up 10 px', keys: ['Shift+ArrowUp'], run: nudge(0, -10) },
  { id: 'nudgeDownFar', label: 'Nudge down 10 px', keys: ['Shift+ArrowDown'], run: nudge(0, 10) },
  { id: 'alignLeft', minSelection: 1, label: 'Align left', keys: [], run: align('left') },
  { id: 'alignCenter', minSelection: 1, label: 'Align center', keys: [], run: align('center') },
  { id: 'alignRight', minSelection: 1, label: 'Align right', keys: [], run: align('right') },
  { id: 'alignTop', minSelection: 1, label: 'Align top', keys: [], run: align('top') },
  { id: 'alignMiddle', minSelection: 1, label: 'Align middle', keys: [], run: align('middle') },
  { id: 'alignBottom', minSelection: 1, label: 'Align bottom', keys: [], run: align('bottom') },
  {
    id: 'distributeX',
    minSelection: 3,
    label: 'Distribute horizontally',
    keys: [],
    run: distribute('x'),
  },
  {
    id: 'distributeY',
    minSelection: 3,
    label: 'Distribute vertically',
    keys: [],
    run: distribute('y'),
  },
  {
    id: 'toggleSnapping',
    label: 'Snapping',
    keys: [],
    run: () => useView.getState().toggleSnapping(),
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    keys: ['?'],
    run: () => useView.getState().setPanel('shortcuts'),
  },
  {
    id: 'zoomIn',
    label: 'Zoom in',
    keys: ['Mod+='],
    run: () => useView.getState().zoomBy(ZOOM_STEP),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    keys: ['Mod+-'],
    run: () => useView.getState().zoomBy(1 / ZOOM_STEP),
  },
  {
    id: 'zoomToFit',
    label: 'Zoom to fit',
    keys: ['Mod+0'],
    run: () => useView.getState().zoomToFit(),
  },
]

/** Align and distribute commands, in the order the Arrange and context menus list them. */
export const ARRANGE_COMMANDS = [
  'alignLeft',
  'alignCenter',
  'alignRight',
  'alignTop',
  'alignMiddle',
  'alignBottom',
  'distributeX',
  'distributeY',
]

export function command(id: string): EditorCommand {
  const found = COMMANDS.find((item) => item.id === id)
  if (!found) throw new Error(`Unknown editor command "${id}"`)
  return found
}

/** Shows key combinations the way the platform writes them, with Cmd on a Mac and Ctrl elsewhere. */
export function displayKeys(keys: readonly string[]): string {
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
  return keys.map((key) => key.replace('Mod', mac ? 'Cmd' : 'Ctrl')).join(', ')
}

/** Describes a key event as `Mod+Shift+Z`, the notation that `keys` use. */
export function keyCombination(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey)
    parts.push(event.ctrlKey && !event.metaKey && event.key === 'y' ? 'Ctrl' : 'Mod')
  if (event.shiftKey) parts.push('Shift')
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key
  // Shift turns the bracket keys into braces on US layouts; the bindings name the brackets.
  const brackets: Record<string, string> = { '{': '[', '}': ']' }
  parts.push(brackets[key] ?? key)
  return parts.join('+')
}

/** Runs the command bound to a key event, unless focus is in a text field. */
export function handleShortcut(event: KeyboardEvent): boolean {
  const target = event.target
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      target.closest('[role="menu"], [aria-modal="true"]') !== null)
  ) {
    return false
  }
  const combination = event.key === '?' ? '?' : keyCombination(event)
  const found = COMMANDS.find((item) =>
    item.keys.some(
      (key) =>
        key.toUpperCase() === combination.toUpperCase() ||
        (key === 'Ctrl+Y' && combination === 'Ctrl+Y'),
    ),
  )
  if (!found) return false
  event.preventDefault()
  found.run()
  return true
}
