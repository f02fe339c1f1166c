// Import and export benchmark, run in Node with the editor's own model and store code, which tsx
// loads. Import is parseRequestText, validateProject and loading into the store, through the
// store's importText. Export is serializeProject. Each is timed against the JSON built-in doing
// the same text work, alternating the two. Prints one JSON object on stdout.
import { performance } from 'node:perf_hooks'
import { serializeProject } from '../src/model/serialize.ts'
import { useEditor } from '../src/store/editor.ts'
import { buildProject } from './project.mjs'
import { median } from './stats.mjs'

const [scenes, clips, rounds] = process.argv.slice(2).map(Number)

function time(work) {
  const start = performance.now()
  work()
  return performance.now() - start
}

const project = buildProject({ scenes, clips, avatars: true, seed: 7 })
const text = JSON.stringify(project, null, 2)
const store = useEditor.getState()
const samples = { import: [], jsonParse: [], export: [], jsonStringify: [] }

for (let round = 0; round < rounds; round++) {
  samples.import.push(
    time(() => {
      const outcome = store.importText(text)
      if (!outcome.ok)
        throw new Error(`The generated project failed to import: ${outcome.error.message}`)
    }),
  )
  // History would keep every imported project alive across rounds.
  useEditor.temporal.getState().clear()
  samples.jsonParse.push(time(() => JSON.parse(text)))

  const loaded = useEditor.getState().project
  samples.export.push(time(() => serializeProject(loaded)))
  samples.jsonStringify.push(time(() => JSON.stringify(loaded, null, 2)))
}

const importMs = median(samples.import)
const parseMs = median(samples.jsonParse)
const exportMs = median(samples.export)
const stringifyMs = median(samples.jsonStringify)
console.log(
  JSON.stringify({
    where: `Node.js ${process.version}, through tsx`,
    scenes,
    clipsPerScene: clips,
    textBytes: Buffer.byteLength(text),
    rounds,
    importMs,
    jsonParseMs: parseMs,
    importRatio: importMs / parseMs,
    exportMs,
    jsonStringifyMs: stringifyMs,
    exportRatio: exportMs / stringifyMs,
    samples,
  }),
)
