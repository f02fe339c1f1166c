// Headless Chromium and the Chrome DevTools Protocol readings that the benchmarks share.
import { chromium } from '@playwright/test'

export const VIEWPORT = { width: 1440, height: 900 }

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
    ],
  })
}

/** Opens a page with a CDP session that has the Performance domain enabled. */
export async function openPage(browser, { countRenders = false } = {}) {
  const page = await browser.newPage({ viewport: VIEWPORT })
  if (countRenders) await page.addInitScript(installRenderCounter)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  return { page, cdp }
}

/** Seconds of renderer main-thread work so far (`TaskDuration`) and the used JS heap in bytes. */
export async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0
  return { taskSeconds: value('TaskDuration'), heapBytes: value('JSHeapUsedSize') }
}

/** Used JS heap in bytes after a full garbage collection. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await readMetrics(cdp)).heapBytes
}

export function nextFrame(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())))
}

/** Reads and resets the counts kept by `installRenderCounter`. */
export function takeRenderCounts(page) {
  return page.evaluate(() => {
    const counter = window.__benchRenders
    const counts = { ...counter.counts, components: { ...counter.counts.components } }
    counter.reset()
    return counts
  })
}

/**
 * Runs in the page before its scripts. It replaces the React DevTools global hook, which
 * production builds of react-dom and react-reconciler (react-konva's renderer) call after every
 * commit, and counts the components that rendered in each commit. A component rendered when its
 * fiber has React's PerformedWork flag (1); subtrees whose child fibers are unchanged from the
 * previous commit were skipped by React and are not walked.
 */
function installRenderCounter() {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15])
  const PERFORMED_WORK = 1
  const empty = () => ({ commits: 0, renders: 0, components: {} })
  const counter = { counts: empty(), reset: () => (counter.counts = empty()) }

  const nameOf = (fiber) => {
    const type = fiber.type
    if (typeof type === 'function') return type.displayName || type.name || 'anonymous'
    const inner = type?.type ?? type?.render
    return inner?.displayName || inner?.name || 'anonymous'
  }

  const visit = (fiber) => {
    if (!COMPONENT_TAGS.has(fiber.tag) || (fiber.flags & PERFORMED_WORK) === 0) return 0
    const name = nameOf(fiber)
    counter.counts.components[name] = (counter.counts.components[name] ?? 0) + 1
    return 1
  }

  const walk = (first) => {
    let rendered = 0
    const stack = [first]
    while (stack.length > 0) {
      let fiber = stack.pop()
      for (; fiber; fiber = fiber.sibling) {
        rendered += visit(fiber)
        const previous = fiber.alternate
        if (fiber.child && (!previous || previous.child !== fiber.child)) stack.push(fiber.child)
      }
    }
    return rendered
  }

  let nextId = 1
  window.__benchRenders = counter
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      const id = nextId++
      this.renderers.set(id, renderer)
      return id
    },
    onCommitFiberRoot(_id, root) {
      counter.counts.commits++
      counter.counts.renders += walk(root.current)
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  }
}
