import { useEffect, useId, useRef } from 'react'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { ARRANGE_COMMANDS, command, COMMANDS, displayKeys } from './commands'

const MENU_COMMANDS = [
  'copy',
  'cut',
  'paste',
  'duplicate',
  'delete',
  'bringForward',
  'sendBackward',
  ...ARRANGE_COMMANDS,
  'selectAll',
]

/** Moves focus between menu items with the arrow, Home and End keys. */
function moveMenuFocus(menu: HTMLElement, key: string): void {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')]
  const current = items.indexOf(document.activeElement as HTMLButtonElement)
  const last = items.length - 1
  const targets: Record<string, number> = {
    ArrowDown: current >= last ? 0 : current + 1,
    ArrowUp: current <= 0 ? last : current - 1,
    Home: 0,
    End: last,
  }
  const next = targets[key]
  if (next !== undefined) items[next]?.focus()
}

/** The canvas's right-click menu, built from the command registry. */
export function ContextMenu() {
  const panel = useView((state) => state.panel)
  const setPanel = useView((state) => state.setPanel)
  const menu = useRef<HTMLUListElement>(null)
  const count = useEditor((state) => state.selection.length)
  const open = panel !== null && panel !== 'shortcuts'

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setPanel(null)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [open, setPanel])

  if (!open) return null
  return (
    <ul
      ref={menu}
      role="menu"
      aria-label="Clip actions"
      className="context-menu"
      style={{ left: panel.menuX, top: panel.menuY }}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape') setPanel(null)
        else moveMenuFocus(event.currentTarget, event.key)
      }}
    >
      {MENU_COMMANDS.map((id) => {
        const item = command(id)
        return (
          <li key={id} role="none">
            <button
              type="button"
              role="menuitem"
              disabled={count < (item.minSelection ?? 0)}
              onClick={() => {
                setPanel(null)
                item.run()
              }}
            >
              <span>{item.label}</span>
              <kbd>{displayKeys(item.keys)}</kbd>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** Lists every command with its keys; opened with `?`. */
export function ShortcutsDialog() {
  const open = useView((state) => state.panel === 'shortcuts')
  const setPanel = useView((state) => state.setPanel)
  const titleId = useId()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (open) close.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <div className="modal-backdrop" onKeyDown={(event) => event.key === 'Escape' && setPanel(null)}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="modal">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <p className="hint">Shortcuts do nothing while a text field has focus.</p>
        <table className="shortcuts">
          <tbody>
            {COMMANDS.filter((item) => item.keys.length > 0).map((item) => (
              <tr key={item.id}>
                <td>{item.label}</td>
                <td>
                  <kbd>{displayKeys(item.keys)}</kbd>
                </td>
              </tr>
            ))}
            <tr>
              <td>Pan</td>
              <td>
                <kbd>Space + drag, middle button, wheel</kbd>
              </td>
            </tr>
            <tr>
              <td>Zoom about the pointer</td>
              <td>
                <kbd>{displayKeys(['Mod'])} + wheel</kbd>
              </td>
            </tr>
            <tr>
              <td>Move without snapping</td>
              <td>
                <kbd>Alt + drag</kbd>
              </td>
            </tr>
          </tbody>
        </table>
        <div className="button-row">
          <button ref={close} type="button" onClick={() => setPanel(null)}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
