import { setProjectField } from '../model/commands'
import { useEditor } from '../store/editor'
import { SelectField, TextField } from './fields'

const setField = (key: string, value: unknown) =>
  useEditor.getState().apply((project) => setProjectField(project, key, value))

/** Name, orientation and webhook address. An emptied field is removed from the request, not sent empty. */
export function ProjectSettings() {
  const name = useEditor((state) => state.project.name)
  const orientation = useEditor((state) => state.project.orientation)
  const webhookUrl = useEditor((state) => state.project.webhookUrl)
  return (
    <div className="project-settings">
      <TextField
        label="Project name"
        placeholder="Default Template"
        value={typeof name === 'string' ? name : ''}
        onCommit={(value) => setField('name', value === '' ? undefined : value)}
      />
      <SelectField
        label="Orientation"
        value={orientation === 'portrait' ? 'portrait' : 'landscape'}
        options={[
          { value: 'landscape', label: 'Landscape' },
          { value: 'portrait', label: 'Portrait' },
        ]}
        onChange={(value) => setField('orientation', value)}
      />
      <TextField
        label="Webhook URL"
        placeholder="https://example.com/hooks/render"
        value={typeof webhookUrl === 'string' ? webhookUrl : ''}
        onCommit={(value) => setField('webhookUrl', value.trim() === '' ? undefined : value.trim())}
      />
    </div>
  )
}
