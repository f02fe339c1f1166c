import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { useHealth } from '../api/queries'
import { EditorStage } from '../canvas/EditorStage'
import type { Notice } from '../model/parse'
import { useEditor } from '../store/editor'
import { useView } from '../store/view'
import { handleShortcut } from './commands'
import { ContextMenu, ShortcutsDialog } from './CommandMenus'
import { SelectionAnnouncer } from './SelectionAnnouncer'
import { ExportPanel } from './export/ExportPanel'
import { ImportDialog } from './ImportDialog'
import { Inspector } from './Inspector'
import { LayersPanel } from './LayersPanel'
import { ProblemsPanel } from './ProblemsPanel'
import { ProjectSettings } from './ProjectSettings'
import { RequestJsonPanel } from './RequestJsonPanel'
import { SaveStatus } from './SaveStatus'
import { ScenesPanel } from './ScenesPanel'
import { Toolbar } from './Toolbar'
import { useProblems } from './useProblems'
import { serializedText } from './useSerialized'

/** In sandbox mode the bundled stand-in assets are served by this page's origin. */
const LIVE_ASSET_HOST = 'https://app.deepbrain.io'

function HistoryButtons() {
  const canUndo = useStore(useEditor.temporal, (state) => state.pastStates.length > 0)
  const canRedo = useStore(useEditor.temporal, (state) => state.futureStates.length > 0)
  return (
    <>
      <button
        type="button"
        onClick={() => useEditor.temporal.getState().undo()}
        disabled={!canUndo}
        title="Ctrl/Cmd+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => useEditor.temporal.getState().redo()}
        disabled={!canRedo}
        title="Ctrl/Cmd+Shift+Z"
      >
        Redo
      </button>
    </>
  )
}

function ImportNotices({ notices, onDismiss }: { notices: Notice[]; onDismiss: () => void }) {
  if (notices.length === 0) return <div />
  return (
    <div className="notices" role="status" aria-label="Import notices">
      <strong>
        Imported with {notices.length === 1 ? 'one repair' : `${notices.length} repairs`}:
      </strong>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{notice.message}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}

export function App() {
  const [importing, setImporting] = useState(false)
  const [notices, setNotices] = useState<Notice[]>([])
  const problems = useProblems()
  const problemsRef = useRef<HTMLElement>(null)
  const health = useHealth()
  const errorCount = problems.filter((problem) => problem.severity === 'error').length

  useEffect(() => {
    if (health.data)
      useView.getState().setAssetHost(health.data.mode === 'live' ? LIVE_ASSET_HOST : '')
  }, [health.data])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!importing) handleShortcut(event)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [importing])

  return (
    <div className="app">
      <header className="app-header">
        <h1>Scene Editor</h1>
        <SaveStatus />
        <ProjectSettings />
        <div className="header-actions">
          <HistoryButtons />
          <button type="button" onClick={() => setImporting(true)}>
            Import JSON
          </button>
          <ExportPanel
            requestText={() => serializedText(useEditor.getState().project)}
            errorCount={errorCount}
            onShowProblems={() => problemsRef.current?.focus()}
          />
        </div>
      </header>
      <ImportNotices notices={notices} onDismiss={() => setNotices([])} />
      <main className="workspace">
        <ScenesPanel />
        <div className="center">
          <Toolbar />
          <EditorStage />
        </div>
        <aside className="sidebar">
          <LayersPanel />
          <Inspector />
        </aside>
      </main>
      <footer className="bottom">
        <ProblemsPanel ref={problemsRef} problems={problems} />
        <RequestJsonPanel />
      </footer>
      <ContextMenu />
      <ShortcutsDialog />
      <SelectionAnnouncer />
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={setNotices} />}
    </div>
  )
}
