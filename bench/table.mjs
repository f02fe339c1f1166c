// The summary table that `npm run bench` prints: each figure, its floor, the ratio and the target.

const format = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

function row(name, measured, floor, ratio, target, pass) {
  return { benchmark: name, measured, floor, ratio, target, result: pass ? 'met' : 'MISSED' }
}

export function tableRows(results) {
  const rows = []
  for (const size of results.drag) {
    rows.push(
      row(
        `drag, ${size.clips} clips (ms/step)`,
        format(size.editorMsPerStep),
        format(size.bareKonvaMsPerStep),
        format(size.ratio),
        size.clips === 200 ? '<= 1.3' : 'none',
        size.clips !== 200 || size.ratio <= 1.3,
      ),
    )
    rows.push(
      row(
        `React renders per drag step, ${size.clips} clips`,
        format(size.renders.rendersPerStep),
        '0',
        `${format(size.renders.commitsPerStep)} commits`,
        '0 renders',
        size.renders.rendersPerStep === 0,
      ),
    )
  }
  const model = results.importExport
  rows.push(
    row(
      `import ${model.scenes} x ${model.clipsPerScene} (ms)`,
      format(model.importMs),
      format(model.jsonParseMs),
      format(model.importRatio),
      '<= 4',
      model.importRatio <= 4,
    ),
  )
  rows.push(
    row(
      `export ${model.scenes} x ${model.clipsPerScene} (ms)`,
      format(model.exportMs),
      format(model.jsonStringifyMs),
      format(model.exportRatio),
      '<= 2',
      model.exportRatio <= 2,
    ),
  )
  const scenes = results.sceneSwitching
  rows.push(
    row(
      `heap after ${scenes.cycles} scene cycles (MB)`,
      format(scenes.heapAfterLastCycleBytes / 1e6),
      format(scenes.heapAfterFirstCycleBytes / 1e6),
      format(scenes.ratio),
      '<= 1.1',
      scenes.ratio <= 1.1,
    ),
  )
  rows.push(
    row(
      'start-up JS + CSS (gzip KB)',
      format(results.startup.gzipKB, 1),
      '',
      '',
      '<= 250',
      results.startup.gzipKB <= 250,
    ),
  )
  const proxy = results.proxy
  rows.push(
    row(
      'proxy export (requests/s)',
      format(proxy.proxy.requestsPerSecond, 0),
      format(proxy.direct.requestsPerSecond, 0),
      format(proxy.throughputRatio),
      '>= 0.8',
      proxy.throughputRatio >= 0.8,
    ),
  )
  rows.push(
    row(
      'proxy export p50 / p99 (ms)',
      `${proxy.proxy.p50Ms} / ${proxy.proxy.p99Ms}`,
      `${proxy.direct.p50Ms} / ${proxy.direct.p99Ms}`,
      `+${format(proxy.addedP50Ms)} ms p50`,
      '< +2 ms p50',
      proxy.addedP50Ms < 2,
    ),
  )
  return rows
}

export function printTable(results) {
  const { machine } = results
  console.log(
    `\n${results.smoke ? 'Smoke run (tiny sizes; figures mean nothing)' : 'Benchmark run'} on ` +
      `${machine.cores} cores, ${machine.cpu}, Chromium ${machine.chromium}, Node.js ${machine.node}, commit ${machine.commit}`,
  )
  console.table(tableRows(results))
}
