// Starts nothing: polls /api/health as fast as it can for `ms`, prints the slowest answers, and readiness states seen.
const [base, ms] = [process.argv[2], Number(process.argv[3] ?? 8000)]
const end = Date.now() + ms; const times = []; const states = new Map()
let i = 0
while (Date.now() < end) {
  const t = performance.now()
  const r = await fetch(base + (i++ % 10 === 0 ? '/api/ready' : '/api/health'))
  const body = await r.text(); const dt = performance.now() - t; times.push(dt)
  const m = /"searchIndex":"([^"]+)"/.exec(body); if (m) states.set(m[1], (states.get(m[1]) ?? 0) + 1)
}
times.sort((a, b) => b - a)
console.log('requests', times.length, 'slowest', times.slice(0, 5).map((t) => t.toFixed(1)).join(' '), 'median', times[times.length >> 1].toFixed(1), 'states', JSON.stringify([...states]))
