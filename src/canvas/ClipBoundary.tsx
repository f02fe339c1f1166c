import { Component, type ReactNode } from 'react'
import { ClipPlaceholder } from './ClipPlaceholder'

interface Props {
  width: number
  height: number
  children: ReactNode
}

interface State {
  error: string | null
}

/** Contains a failure to draw one clip, so the rest of the canvas still draws. */
export class ClipBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) }
  }

  override render() {
    if (this.state.error === null) return this.props.children
    const { width, height } = this.props
    return (
      <ClipPlaceholder
        width={width || 200}
        height={height || 120}
        label="Cannot draw this clip"
        reason={this.state.error}
      />
    )
  }
}
