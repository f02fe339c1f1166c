// Scans the built output for credential values. Reads AISTUDIOS_TOKEN, AISTUDIOS_APP_ID and
// AISTUDIOS_USER_KEY from the environment, searches every file under dist/ (or the folder given
// as the first argument) for each value, and exits with status 1 when any file contains one.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const NAMES = ['AISTUDIOS_TOKEN', 'AISTUDIOS_APP_ID', 'AISTUDIOS_USER_KEY']
/** Shorter values would match by chance, so they are not searched. */
const MIN_LENGTH = 8

const folder = resolve(process.argv[2] ?? 'dist')
if (!existsSync(folder)) {
  console.error(`${folder} does not exist. Run npm run build first.`)
  process.exit(2)
}

const secrets = NAMES.map((name) => ({ name, value: process.env[name]?.trim() ?? '' })).filter(
  (secret) => secret.value.length >= MIN_LENGTH,
)
if (secrets.length === 0) {
  console.log(`No credential of at least ${MIN_LENGTH} characters is set; nothing to check.`)
  process.exit(0)
}

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) yield* files(join(path, entry))
  } else {
    yield path
  }
}

let found = 0
let scanned = 0
for (const file of files(folder)) {
  scanned += 1
  const content = readFileSync(file)
  for (const secret of secrets) {
    if (content.includes(secret.value)) {
      found += 1
      console.error(`${relative(process.cwd(), file)} contains the value of ${secret.name}.`)
    }
  }
}

if (found > 0) {
  console.error(`Found ${found} credential value(s) in ${folder}. Remove them and rebuild.`)
  process.exit(1)
}
console.log(
  `Checked ${scanned} files in ${folder} for ${secrets.map((s) => s.name).join(', ')}: none found.`,
)
