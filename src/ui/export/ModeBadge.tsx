import { useHealth } from '../../api/queries'

/** Shows a "Sandbox" badge while the server exports to its embedded sandbox instead of AI Studios. */
export function ModeBadge() {
  const { data } = useHealth()
  if (data?.mode !== 'sandbox') return null
  return (
    <span
      className="mode-badge"
      title="Exports go to the local sandbox: it stores the request and renders no video."
    >
      Sandbox
    </span>
  )
}
