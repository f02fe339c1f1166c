import { useEffect, useId, useState, type KeyboardEvent } from 'react'

interface NumberFieldProps {
  label: string
  value: number | undefined
  step?: number
  min?: number
  max?: number
  disabled?: boolean
  onCommit: (value: number) => void
}

/** A number input that commits on Enter or blur, so one edit is one undo step; Escape reverts. */
export function NumberField({
  label,
  value,
  step = 1,
  min,
  max,
  disabled,
  onCommit,
}: NumberFieldProps) {
  const id = useId()
  const shown = value === undefined || !Number.isFinite(value) ? '' : String(round(value))
  const [draft, setDraft] = useState(shown)
  useEffect(() => setDraft(shown), [shown])

  const commit = () => {
    const parsed = Number(draft)
    if (draft.trim() === '' || !Number.isFinite(parsed)) {
      setDraft(shown)
      return
    }
    if (String(round(parsed)) !== shown) onCommit(parsed)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit()
    if (event.key === 'Escape') setDraft(shown)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={step}
        min={min}
        max={max}
        value={draft}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </div>
  )
}

/** Shows at most three decimals; the stored value keeps full precision until edited. */
function round(value: number): number {
  const rounded = Math.round(value * 1000) / 1000
  return Number.isFinite(rounded) ? rounded : value
}

interface TextFieldProps {
  label: string
  value: string
  multiline?: boolean
  placeholder?: string
  onCommit: (value: string) => void
}

/** A text input that commits on blur (or Enter for one line); Escape reverts. */
export function TextField({ label, value, multiline, placeholder, onCommit }: TextFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !multiline) commit()
    if (event.key === 'Escape') setDraft(value)
  }
  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
  }
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
    </div>
  )
}

interface ColorFieldProps {
  label: string
  value: string
  onCommit: (value: string) => void
}

/** Converts `#rrggbb` to the `rgb(r,g,b)` form the API samples use. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`
}

/** Converts `rgb(r,g,b)` or `#rrggbb` to `#rrggbb` for a colour picker; other values give black. */
export function toHex(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(color)
  if (!match) return '#000000'
  return `#${match
    .slice(1, 4)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`
}

/** A colour as free text (any CSS colour) with a picker that writes `rgb(r,g,b)`. */
export function ColorField({ label, value, onCommit }: ColorFieldProps) {
  const id = useId()
  return (
    <div className="field field-color">
      <label htmlFor={id}>{label}</label>
      <input
        type="color"
        aria-label={`${label} picker`}
        value={toHex(value)}
        onChange={(event) => onCommit(hexToRgb(event.target.value))}
      />
      <TextInline id={id} value={value} onCommit={onCommit} />
    </div>
  )
}

function TextInline({
  id,
  value,
  onCommit,
}: {
  id: string
  value: string
  onCommit: (value: string) => void
}) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  return (
    <input
      id={id}
      type="text"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(event) => event.key === 'Enter' && draft !== value && onCommit(draft)}
    />
  )
}

interface CheckFieldProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}

export function CheckField({ label, checked, onChange }: CheckFieldProps) {
  return (
    <label className="field-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  )
}

interface SelectFieldProps {
  label: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
}

export function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
