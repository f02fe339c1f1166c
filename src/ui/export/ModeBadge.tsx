import { useHealth } from '../../api/queries'

/**
 * Shows where exports go: a "Sandbox" badge for the embedded sandbox, and a "Live" badge with the
 * AI Studios host when an export creates a real render that spends the account's credits.
 */
export function ModeBadge() {
  const { data } = useHealth()
  if (data === undefined) return null
  if (data.mode === 'sandbox') {
    return (
      <span
        className="mode-badge"
        title="Exports go to the local sandbox: it stores the request and renders no video."
      >
        Sandbox
      </span>
    )
  }
  let host = data.upstream
  try {
    host = new URL(data.upstream).host
  } catch {
    // Not a URL: the label is shown as the server sent it.
  }
  return (
    <span
      className="mode-badge mode-badge-live"
      title={`Exports create real renders at ${data.upstream} and spend the account's credits.`}
    >
      Live: {host}
    </span>
  )
}
